package be.wallonie.parcours.api.attestation;

import static be.wallonie.parcours.api.person.PersonFixture.AGENT;
import static be.wallonie.parcours.api.person.PersonFixture.CRIPEL;
import static be.wallonie.parcours.api.person.PersonFixture.LIEGE;
import static be.wallonie.parcours.api.person.PersonFixture.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import be.wallonie.parcours.api.obligation.CommunesOfResidence;
import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationRenderer;
import be.wallonie.parcours.domain.attestation.AttestationRepository;
import be.wallonie.parcours.domain.attestation.AxisCompletion;
import be.wallonie.parcours.domain.attestation.AxisOutcome;
import be.wallonie.parcours.domain.attestation.Equivalence;
import be.wallonie.parcours.domain.attestation.IssuingOfficer;
import be.wallonie.parcours.domain.attestation.VerificationCode;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.person.CardType;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.person.ResidencePermit;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * Obliged newcomers of Liège whose case file at CRIPEL is {@code COMPLETED}, written through the repositories, and the
 * attestation issued for such a file by CRIPEL's supervisor.
 */
@ApplicationScoped
public class CompletedCaseFiles {

    static final LocalDate OPENED_ON = LocalDate.of(2023, 4, 3);
    static final LocalDate SIGNED_ON = LocalDate.of(2023, 6, 1);
    static final LocalDate COMPLETED_ON = LocalDate.of(2024, 6, 28);
    static final LocalDate ISSUED_ON = LocalDate.of(2024, 7, 2);
    static final IssuingOfficer SUPERVISOR = new IssuingOfficer(PersonFixture.SUPERVISOR, "Françoise Lemaître",
            Role.CRI_SUPERVISOR, CRIPEL);

    @Inject
    PersonRepository persons;
    @Inject
    AssessmentRepository assessments;
    @Inject
    CaseFileRepository caseFiles;
    @Inject
    AttestationRepository attestations;
    @Inject
    TerritoryRepository territory;
    @Inject
    ObligationRules rules;
    @Inject
    CommunesOfResidence communes;
    @Inject
    EntityManager entityManager;

    public EntityManager entityManager() {
        return entityManager;
    }

    /**
     * A new obliged person of Liège, with a completed file at CRIPEL; in its own transaction. The birth date is drawn
     * at random, so that the random national numbers of many such persons do not collide.
     */
    public UUID completedFile(String lastName, String firstNames, boolean cpasBeneficiary) {
        return completedFile(lastName, firstNames,
                LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15_000)), cpasBeneficiary);
    }

    public UUID completedFile(String lastName, String firstNames, LocalDate birthDate, boolean cpasBeneficiary) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person(PersonFixture.identity(lastName, firstNames, birthDate, "MA",
                    PersonFixture.nationalNumber(birthDate)), LIEGE, CRIPEL, at(OPENED_ON));
            person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.FAMILY_REUNIFICATION,
                    LocalDate.of(2023, 3, 10), LocalDate.of(2023, 4, 1), 12, LocalDate.of(2023, 2, 1),
                    FamilyLink.THIRD_COUNTRY_NATIONAL));
            person.recordCpasBeneficiary(cpasBeneficiary);
            persons.add(person);
            ObligationAssessment assessment = ObligationAssessment.ofVerdict(person.id(),
                    rules.evaluate(person.obligationFacts(OPENED_ON, communes::find)), OPENED_ON,
                    "{\"permitType\":\"FAMILY_REUNIFICATION\"}", "[\"obliged\"]", AGENT, at(OPENED_ON));
            assessments.add(assessment);
            CaseFile file = CaseFile.open(assessment, List.of(), OPENED_ON, AGENT, at(OPENED_ON));
            file.startReception(AGENT, at(OPENED_ON));
            file.recordConventionSigned(SIGNED_ON, AGENT, at(SIGNED_ON));
            file.startTraining(SIGNED_ON, AGENT, at(SIGNED_ON));
            file.complete(COMPLETED_ON, AGENT, at(COMPLETED_ON));
            caseFiles.add(file);
            return file.id();
        });
    }

    /** Issues the attestation of a completed file, in the calling transaction, and adds it. */
    public Attestation issue(UUID caseFileId, AttestationRenderer renderer) {
        return issue(caseFileId, ISSUED_ON, renderer);
    }

    /** Issues on another day: another year counts its numbers on another row. */
    public Attestation issue(UUID caseFileId, LocalDate issuedOn, AttestationRenderer renderer) {
        CaseFile file = caseFiles.findById(caseFileId, CRIPEL).orElseThrow();
        Person person = persons.findById(file.personId(), CRIPEL).orElseThrow();
        Attestation attestation = Attestation.issueFor(file, person, territory.findCri(CRIPEL).orElseThrow(),
                SIGNED_ON, everyAxisDone(), outcomes(), attestations::nextNumber, VerificationCode.random(),
                issuedOn, SUPERVISOR, at(issuedOn), renderer);
        attestations.add(attestation);
        return attestation;
    }

    static AxisCompletion everyAxisDone() {
        Map<Axis, LocalDate> done = new EnumMap<>(Axis.class);
        for (Axis axis : Axis.values()) {
            done.put(axis, COMPLETED_ON);
        }
        return new AxisCompletion(EnumSet.allOf(Axis.class), EnumSet.noneOf(Axis.class), done);
    }

    static List<AxisOutcome> outcomes() {
        return List.of(AxisOutcome.hours(Axis.CITIZENSHIP, new BigDecimal("61.5"), new BigDecimal("60")),
                AxisOutcome.equivalence(Axis.FRENCH,
                        Equivalence.a2Certificate(LocalDate.of(2024, 3, 15), "Institut de Promotion sociale de Liège")),
                AxisOutcome.equivalence(Axis.SOCIO_PROFESSIONAL, Equivalence.workRelease(LocalDate.of(2024, 1, 8))));
    }
}
