package be.wallonie.parcours.domain.attestation;

import static be.wallonie.parcours.domain.attestation.AttestationFixture.CRIPEL;
import static be.wallonie.parcours.domain.attestation.AttestationFixture.ISSUED_ON;
import static be.wallonie.parcours.domain.attestation.AttestationFixture.RENDERER;
import static be.wallonie.parcours.domain.attestation.AttestationFixture.SIGNED_ON;
import static be.wallonie.parcours.domain.attestation.AttestationFixture.SUPERVISOR;
import static be.wallonie.parcours.domain.attestation.AttestationFixture.completedFileOf;
import static be.wallonie.parcours.domain.attestation.AttestationFixture.completion;
import static be.wallonie.parcours.domain.attestation.AttestationFixture.number;
import static be.wallonie.parcours.domain.attestation.AttestationFixture.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonFixture;
import be.wallonie.parcours.domain.shared.InvalidValueException;

class AttestationTest {

    private final Person amina = PersonFixture.obligedMoroccanInLiege();
    private final CaseFile file = completedFileOf(amina, PersonFixture.MOROCCAN_REGISTERED_ON);

    @Test
    void aCompletedFileGetsItsAttestationAndMovesToAttestationIssued() {
        Attestation attestation = AttestationFixture.issue(file, amina);

        assertThat(file.state()).isEqualTo(CaseFileState.ATTESTATION_ISSUED);
        assertThat(file.events()).last().satisfies(event -> {
            assertThat(event.detail()).isEqualTo("attestation=CRIPEL-2024-00042");
            assertThat(event.recordedBy()).isEqualTo(Staff.SUPERVISOR);
        });
        assertThat(attestation.number()).hasToString("CRIPEL-2024-00042");
        assertThat(attestation.caseFileId()).isEqualTo(file.id());
        assertThat(attestation.issuedBy()).isEqualTo(Staff.SUPERVISOR);
        assertThat(attestation.isRevoked()).isFalse();
    }

    @Test
    void theContentIsFrozenAtIssue() {
        Attestation attestation = AttestationFixture.issue(file, amina);
        AttestationContent content = attestation.content();

        assertThat(content.person()).isEqualTo(new AttestedPerson("Benali", "Amina", LocalDate.of(1993, 5, 2), "MA",
                "93050212359"));
        assertThat(content.cri()).isEqualTo(new AttestingCri("CRIPEL", CRIPEL.name(), "Liège"));
        assertThat(content.dates()).isEqualTo(new AttestedDates(PersonFixture.MOROCCAN_REGISTERED_ON, SIGNED_ON,
                AttestationFixture.COMPLETED_ON, ISSUED_ON));
        assertThat(content.participation()).isEqualTo(Participation.OBLIGED);
        assertThat(content.officerName()).isEqualTo("Françoise Lemaître");
        assertThat(content.axes()).extracting(AxisOutcome::axis, AxisOutcome::hoursAttended,
                line -> line.knownEquivalence().map(Equivalence::kind).orElse(null))
                .containsExactly(tuple(Axis.RECEPTION, null, null),
                        tuple(Axis.CITIZENSHIP, new BigDecimal("61.50"), null),
                        tuple(Axis.FRENCH, null, EquivalenceKind.A2_CERTIFICATE),
                        tuple(Axis.SOCIO_PROFESSIONAL, null, EquivalenceKind.WORK_RELEASE));
        assertThat(content.axes()).allSatisfy(line -> assertThat(line.completedOn()).isNotNull());

        amina.correctIdentity(PersonFixture.identity("Benali-Alaoui", "Amina", LocalDate.of(1993, 5, 2), "MA",
                "93.05.02-123.59"));
        assertThat(attestation.content().person().lastName()).isEqualTo("Benali");
    }

    @Test
    void thePdfIsKeptWithItsSha256() {
        Attestation attestation = AttestationFixture.issue(file, amina);

        assertThat(new String(attestation.pdf())).isEqualTo("%PDF-fake CRIPEL-2024-00042");
        assertThat(attestation.pdfSha256()).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(Attestation.sha256(attestation.pdf()));
        assertThat(attestation.pdfIntact()).isTrue();
    }

    @Test
    void anAttestationIsRefusedWhileAnAxisIsUnfinished() {
        List<AxisOutcome> soFar = List.of(AxisOutcome.hours(Axis.CITIZENSHIP, new BigDecimal(60), new BigDecimal(60)),
                AxisOutcome.hours(Axis.FRENCH, new BigDecimal("120.00"), new BigDecimal(400)));

        assertThatThrownBy(() -> Attestation.issueFor(file, amina, CRIPEL, SIGNED_ON,
                completion(Axis.FRENCH, Axis.SOCIO_PROFESSIONAL), soFar, (cri, year) -> {
                    throw new AssertionError("a refused attestation uses no number");
                }, VerificationCode.random(),
                ISSUED_ON, SUPERVISOR, Staff.at(ISSUED_ON), RENDERER))
                .isInstanceOfSatisfying(AttestationException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ATTESTATION.AXES_UNFINISHED");
                    assertThat(refused).hasMessageEndingWith("missing: FRENCH (120/400 h), SOCIO_PROFESSIONAL");
                    assertThat(refused.arguments()).containsOnlyKeys("unfinished").containsEntry("unfinished",
                            List.of(AxisOutcome.hours(Axis.FRENCH, new BigDecimal(120), new BigDecimal(400)),
                                    AxisOutcome.done(Axis.SOCIO_PROFESSIONAL)));
                });
        assertThat(file.state()).isEqualTo(CaseFileState.COMPLETED);
    }

    @Test
    void anAttestationIsRefusedBeforeTheFileIsCompleted() {
        CaseFile inProgress = CaseFileFixture.openedFor(amina, PersonFixture.MOROCCAN_REGISTERED_ON);

        assertThatThrownBy(() -> Attestation.issueFor(inProgress, amina, CRIPEL, SIGNED_ON, completion(), outcomes(),
                number(1), VerificationCode.random(), ISSUED_ON, SUPERVISOR, Staff.at(ISSUED_ON), RENDERER))
                .isInstanceOfSatisfying(AttestationException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ATTESTATION.FILE_NOT_COMPLETED");
                    assertThat(refused.arguments()).containsExactly(Map.entry("state", CaseFileState.OPENED));
                })
                .hasMessageContaining("OPENED");
    }

    @Test
    void aFileGetsOneAttestationOnly() {
        AttestationFixture.issue(file, amina);

        assertThatThrownBy(() -> AttestationFixture.issue(file, amina)).isInstanceOfSatisfying(
                AttestationException.class, refused -> assertThat(refused.code()).isEqualTo(
                        "ATTESTATION.ALREADY_ISSUED"));
    }

    @Test
    void onlyASupervisorOfTheCriIssuesTheAttestation() {
        assertThatThrownBy(() -> Attestation.issueFor(file, amina, CRIPEL, SIGNED_ON, completion(), outcomes(),
                number(1), VerificationCode.random(), ISSUED_ON, AttestationFixture.AGENT, Staff.at(ISSUED_ON),
                RENDERER)).isInstanceOfSatisfying(AttestationException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ATTESTATION.NOT_A_SUPERVISOR"));
        assertThatThrownBy(() -> Attestation.issueFor(file, amina, CRIPEL, SIGNED_ON, completion(), outcomes(),
                number(1), VerificationCode.random(), ISSUED_ON, AttestationFixture.SUPERVISOR_OF_NAMUR,
                Staff.at(ISSUED_ON), RENDERER)).isInstanceOfSatisfying(AttestationException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ATTESTATION.OTHER_CRI"));
        assertThat(file.state()).isEqualTo(CaseFileState.COMPLETED);
    }

    @Test
    void anObligedPersonsCommuneIsSentACopy() {
        Attestation attestation = AttestationFixture.issue(file, amina);

        assertThat(attestation.transmissions()).singleElement().satisfies(copy -> {
            assertThat(copy.recipient()).isEqualTo(new Recipient(RecipientKind.COMMUNE, "62063"));
            assertThat(copy.status()).isEqualTo(TransmissionStatus.PENDING);
            assertThat(copy.dueAt()).isEqualTo(Staff.at(ISSUED_ON));
            assertThat(copy.awaitsCursor()).isTrue();
        });
    }

    @Test
    void aCpasBeneficiaryIsSentACopyToTheCpasToo() {
        amina.recordCpasBeneficiary(true);

        Attestation attestation = AttestationFixture.issue(file, amina);

        assertThat(attestation.transmissions()).extracting(Transmission::recipient).containsExactly(
                new Recipient(RecipientKind.COMMUNE, "62063"), new Recipient(RecipientKind.CPAS, "62063"));
    }

    @Test
    void aVolunteerGetsNoTransmission() {
        Person elif = PersonFixture.turkishVolunteerInNamur();
        elif.recordCpasBeneficiary(true);
        CaseFile volunteerFile = completedFileOf(elif, LocalDate.of(2025, 2, 3));
        IssuingOfficer supervisor = AttestationFixture.SUPERVISOR_OF_NAMUR;

        Attestation attestation = Attestation.issueFor(volunteerFile, elif, AttestationFixture.CAI, SIGNED_ON,
                completion(), outcomes(), AttestationFixture.number(7), VerificationCode.random(),
                LocalDate.of(2025, 9, 1), supervisor, Staff.at(LocalDate.of(2025, 9, 1)), RENDERER);

        assertThat(attestation.content().participation()).isEqualTo(Participation.VOLUNTEER);
        assertThat(attestation.transmissions()).isEmpty();
    }

    @Test
    void fetchingIsCountedAndAcknowledgingIsIdempotent() {
        Transmission copy = AttestationFixture.issue(file, amina).transmissions().get(0);
        Instant first = Staff.at(ISSUED_ON.plusDays(1));
        Instant second = Staff.at(ISSUED_ON.plusDays(2));

        copy.recordFetch(first);
        copy.recordFetch(second);
        assertThat(copy.status()).isEqualTo(TransmissionStatus.FETCHED);
        assertThat(copy.fetchCount()).isEqualTo(2);
        assertThat(copy.firstFetchedAt()).contains(first);

        assertThat(copy.acknowledge("liege.api", second)).isTrue();
        assertThat(copy.acknowledge("someone.else", Staff.at(ISSUED_ON.plusDays(9)))).isFalse();
        assertThat(copy.status()).isEqualTo(TransmissionStatus.ACKNOWLEDGED);
        assertThat(copy.acknowledgedAt()).contains(second);
        assertThat(copy.acknowledgedBy()).contains("liege.api");
    }

    @Test
    void aRevokedAttestationStaysRevoked() {
        Attestation attestation = AttestationFixture.issue(file, amina);
        attestation.transmissions().get(0).assignCursor(17);
        Instant at = Staff.at(ISSUED_ON.plusDays(10));

        attestation.revoke("Issued on a wrong identity", SUPERVISOR, at);

        assertThat(attestation.isRevoked()).isTrue();
        assertThat(attestation.revocation()).contains(new Revocation("Issued on a wrong identity", Staff.SUPERVISOR,
                at));
        assertThat(attestation.verification().status()).isEqualTo(VerificationStatus.REVOKED);
        assertThat(attestation.transmissions()).allSatisfy(copy -> {
            assertThat(copy.attestationRevoked()).isTrue();
            assertThat(copy.awaitsCursor()).as("announced again").isTrue();
        });
        assertThatThrownBy(() -> attestation.revoke("again", SUPERVISOR, at.plusSeconds(60)))
                .isInstanceOfSatisfying(AttestationException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ATTESTATION.ALREADY_REVOKED"));
        assertThat(attestation.revocation().orElseThrow().reason()).isEqualTo("Issued on a wrong identity");
    }

    @Test
    void aRevocationNeedsAReasonAndASupervisor() {
        Attestation attestation = AttestationFixture.issue(file, amina);

        assertThatThrownBy(() -> attestation.revoke(" ", SUPERVISOR, Staff.at(ISSUED_ON)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> attestation.revoke("error", AttestationFixture.AGENT, Staff.at(ISSUED_ON)))
                .isInstanceOf(AttestationException.class);
        assertThat(attestation.isRevoked()).isFalse();
    }

    @Test
    void theVerificationCodeRevealsNoPersonalData() {
        Attestation attestation = AttestationFixture.issue(file, amina);

        AttestationVerification verification = attestation.verification();

        assertThat(verification).isEqualTo(new AttestationVerification(VerificationStatus.VALID, ISSUED_ON, "CRIPEL",
                CRIPEL.name(), null));
        assertThat(Arrays.stream(AttestationVerification.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("status", "issuedOn", "criCode", "criName", "revokedOn");
        assertThat(verification.toString()).doesNotContain("Benali", "Amina", "1993", "93050212359");
        assertThat(attestation.verificationCode().value()).doesNotContain("Benali", "CRIPEL", "2024");
    }
}
