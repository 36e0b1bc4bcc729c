package be.wallonie.parcours.domain.convention;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.SUPERVISOR;
import static be.wallonie.parcours.domain.Staff.at;
import static be.wallonie.parcours.domain.convention.Axis.CITIZENSHIP;
import static be.wallonie.parcours.domain.convention.Axis.FRENCH;
import static be.wallonie.parcours.domain.convention.Axis.RECEPTION;
import static be.wallonie.parcours.domain.convention.Axis.SOCIO_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A signed convention changes only by amendment: each a new version with its reason. */
class ConventionAmendmentTest {

    private static final LocalDate CERTIFIED_ON = LocalDate.of(2024, 1, 12);

    private final ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
    private final Convention convention = signed.convention();

    private static Enum<?> reasonOf(Throwable refused) {
        return ((ConventionException) refused).reason();
    }

    @Test
    void aCertificateOfA2RemovesTheFrenchAxisByAmendment() {
        convention.recordFrenchCertificate(CefrLevel.A2, CERTIFIED_ON, AGENT, at(CERTIFIED_ON));

        assertThat(convention.requiredAxes()).containsExactly(RECEPTION, CITIZENSHIP, SOCIO_PROFESSIONAL);
        assertThat(convention.versions()).hasSize(2);
        ConventionVersion amendment = convention.currentVersion();
        assertThat(amendment.number()).isEqualTo(2);
        assertThat(amendment.effectiveOn()).isEqualTo(CERTIFIED_ON);
        assertThat(amendment.reason()).contains("level A2").contains("no longer required");
        assertThat(amendment.endDate()).isEqualTo(LocalDate.of(2024, 9, 10));
        assertThat(convention.versions().get(0).axes()).contains(FRENCH);
        assertThat(signed.file().events()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CaseFileEventType.CONVENTION_AMENDED);
            assertThat(event.detail()).isEqualTo("version=2, axes=[RECEPTION, CITIZENSHIP, SOCIO_PROFESSIONAL]");
        });
    }

    @Test
    void aCertificateBelowA2AmendsNothing() {
        assertThatThrownBy(() -> convention.recordFrenchCertificate(CefrLevel.A1, CERTIFIED_ON, AGENT,
                at(CERTIFIED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused))
                        .isEqualTo(ConventionException.Reason.LEVEL_BELOW_THRESHOLD));
        assertThat(convention.versions()).hasSize(1);
    }

    @Test
    void aCertificateWhenFrenchIsNoLongerRequiredChangesNothing() {
        convention.recordFrenchCertificate(CefrLevel.B1, CERTIFIED_ON, AGENT, at(CERTIFIED_ON));

        convention.recordFrenchCertificate(CefrLevel.B2, CERTIFIED_ON.plusMonths(2), AGENT, at(CERTIFIED_ON));

        assertThat(convention.versions()).hasSize(2);
    }

    @Test
    void everyConventionKeepsTheReceptionModule() {
        assertThatThrownBy(() -> convention.amend(EnumSet.of(CITIZENSHIP, FRENCH), "x", CERTIFIED_ON, AGENT,
                at(CERTIFIED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused))
                        .isEqualTo(ConventionException.Reason.RECEPTION_AXIS_REQUIRED));
    }

    @Test
    void anObligedPersonKeepsCitizenship() {
        assertThatThrownBy(() -> convention.amend(EnumSet.of(RECEPTION, FRENCH), "x", CERTIFIED_ON, AGENT,
                at(CERTIFIED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused))
                        .isEqualTo(ConventionException.Reason.CITIZENSHIP_REQUIRED_FOR_OBLIGED));
    }

    @Test
    void aVolunteerMayLeaveCitizenshipOut() {
        Convention volunteers = ParcoursFixture.signedForTurkishVolunteer().convention();

        volunteers.amend(EnumSet.of(RECEPTION), "Follows the reception module only", LocalDate.of(2025, 4, 1), AGENT,
                at(LocalDate.of(2025, 4, 1)));

        assertThat(volunteers.requiredAxes()).containsExactly(RECEPTION);
        assertThat(volunteers.endDate()).contains(LocalDate.of(2028, 3, 3));
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        assertThatThrownBy(() -> convention.amend(convention.requiredAxes(), "Same again", CERTIFIED_ON, AGENT,
                at(CERTIFIED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused))
                        .isEqualTo(ConventionException.Reason.NOTHING_TO_AMEND));
    }

    @Test
    void anAmendmentAfterAnExtensionLengthensTheConvention() {
        signed.file().extendDeadline(LocalDate.of(2024, 12, 10), "Illness", SUPERVISOR, at(CERTIFIED_ON));

        ConventionVersion lengthened = convention.amend(convention.requiredAxes(), "Deadline extended", CERTIFIED_ON,
                AGENT, at(CERTIFIED_ON));

        assertThat(lengthened.endDate()).isEqualTo(LocalDate.of(2024, 12, 10));
        assertThat(convention.endDate()).contains(LocalDate.of(2024, 12, 10));
    }

    @Test
    void anAmendmentSaysWhyAndTakesEffectAfterTheSignature() {
        assertThatThrownBy(() -> convention.amend(EnumSet.of(RECEPTION, CITIZENSHIP), " ",
                ParcoursFixture.MOROCCAN_SIGNED_ON.minusDays(1), AGENT, at(CERTIFIED_ON)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reason").hasMessageContaining("effectiveOn");
    }

    @Test
    void aProposedConventionIsNotAmended() {
        Convention proposed = ParcoursFixture.proposedForObligedMoroccan().convention();

        assertThatThrownBy(() -> proposed.amend(EnumSet.of(RECEPTION, CITIZENSHIP), "x", CERTIFIED_ON, AGENT,
                at(CERTIFIED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused)).isEqualTo(ConventionException.Reason.NOT_SIGNED));
        assertThatThrownBy(() -> proposed.recordFrenchCertificate(CefrLevel.A2, CERTIFIED_ON, AGENT, at(CERTIFIED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused)).isEqualTo(ConventionException.Reason.NOT_SIGNED));
    }
}
