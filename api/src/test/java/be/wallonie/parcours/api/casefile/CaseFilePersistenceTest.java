package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.person.PersonFixture.AGENT;
import static be.wallonie.parcours.api.person.PersonFixture.CAI;
import static be.wallonie.parcours.api.person.PersonFixture.CRIC;
import static be.wallonie.parcours.api.person.PersonFixture.CRIPEL;
import static be.wallonie.parcours.api.person.PersonFixture.LIEGE;
import static be.wallonie.parcours.api.person.PersonFixture.NAMUR;
import static be.wallonie.parcours.api.person.PersonFixture.SUPERVISOR;
import static be.wallonie.parcours.api.person.PersonFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.obligation.CommunesOfResidence;
import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.assessment.AssessmentKind;
import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileEvent;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.DeadlineExtension;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.convention.ConventionStatus;
import be.wallonie.parcours.domain.convention.ConventionVersion;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.DueDate;
import be.wallonie.parcours.domain.deadline.EvaluationInterview;
import be.wallonie.parcours.domain.deadline.EvaluationInterviewRepository;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.EmploymentPeriod;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentRepository;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import be.wallonie.parcours.domain.person.CardType;
import be.wallonie.parcours.domain.person.Contact;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.person.ResidencePermit;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTest;
import be.wallonie.parcours.domain.reception.Need;
import be.wallonie.parcours.domain.reception.NeedDomain;
import be.wallonie.parcours.domain.reception.NeedLevel;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.ReceptionRepository;
import be.wallonie.parcours.domain.reception.RightsAndDutiesSession;
import be.wallonie.parcours.domain.reception.SessionFormat;
import be.wallonie.parcours.domain.reception.SocialReview;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.LanguageCode;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * One obliged newcomer's parcours written through the repositories, one transaction per step, each aggregate read back
 * in a new transaction: what the mappings and the V004 migration keep is what the domain decided.
 * <p>
 * Amina, Moroccan, joined her husband in Liège (permit ordered on 10 March 2023, so obliged until 10 September 2024);
 * CRIPEL follows her until she moves to Namur, where CAI continues her file.
 */
@QuarkusTest
class CaseFilePersistenceTest {

    private static final LocalDate BIRTH_DATE = LocalDate.of(1994, 2, 14);
    private static final LocalDate REGISTERED_ON = LocalDate.of(2023, 4, 3);
    private static final LocalDate FINAL_DEADLINE = LocalDate.of(2024, 9, 10);
    private static final LocalDate EXTENDED_DEADLINE = LocalDate.of(2024, 12, 10);
    private static final LocalDate MOVED_ON = LocalDate.of(2024, 4, 2);

    @Inject
    PersonRepository persons;
    @Inject
    AssessmentRepository assessments;
    @Inject
    CaseFileRepository caseFiles;
    @Inject
    ReceptionRepository receptions;
    @Inject
    ConventionRepository conventions;
    @Inject
    OperatorRepository operators;
    @Inject
    EnrolmentRepository enrolments;
    @Inject
    EvaluationInterviewRepository interviews;
    @Inject
    AttendanceLedger ledger;
    @Inject
    ObligationRules rules;
    @Inject
    ObligationSettings settings;
    @Inject
    CommunesOfResidence communes;
    @Inject
    EntityManager entityManager;

    @Test
    void aParcoursFromIntakeToTransferSurvivesEveryTransaction() {
        /* Intake: identity, contact, languages, a permit and a part-time job. */
        String lastName = PersonFixture.uniqueName("Benali");
        ResidencePermit permit = new ResidencePermit(CardType.A, PermitType.FAMILY_REUNIFICATION,
                LocalDate.of(2023, 3, 10), LocalDate.of(2023, 4, 1), 12, LocalDate.of(2023, 2, 1),
                FamilyLink.THIRD_COUNTRY_NATIONAL);
        Contact contact = new Contact(new Address("Rue Saint-Gilles 10", "4000", "Liège"), "+32 470 12 34 56",
                "amina@example.org");
        UUID personId = inTransaction(() -> {
            Person person = new Person(PersonFixture.identity(lastName, "Amina", BIRTH_DATE, "MA",
                    PersonFixture.nationalNumber(BIRTH_DATE)), LIEGE, CRIPEL, at(REGISTERED_ON));
            person.updateContact(contact);
            person.updateLanguages(new LanguageCode("ar"), new LanguageCode("ar"));
            person.addResidencePermit(permit);
            person.recordEmployment(new EmploymentPeriod(LocalDate.of(2022, 11, 1), null, new BigDecimal("0.4")));
            persons.add(person);
            return person.id();
        });
        inTransaction(() -> {
            Person person = persons.findById(personId, CRIPEL).orElseThrow();
            assertThat(person.name().lastName()).isEqualTo(lastName);
            assertThat(person.normalisedName().lastName()).isEqualTo(lastName.toLowerCase());
            assertThat(person.birthDate()).isEqualTo(BIRTH_DATE);
            assertThat(person.nationalNumber()).isPresent();
            assertThat(person.contact()).isEqualTo(contact);
            assertThat(person.interpreterLanguage()).contains(new LanguageCode("ar"));
            assertThat(person.permits()).containsExactly(permit);
            assertThat(person.employment()).singleElement().satisfies(period -> {
                assertThat(period.start()).isEqualTo(LocalDate.of(2022, 11, 1));
                assertThat(period.end()).isNull();
                assertThat(period.fraction()).isEqualByComparingTo("0.4");
            });
            person.endEmployment(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 2, 28));
            return null;
        });

        /* The rules assess her facts: obliged until 10 September 2024; a re-assessment keeps the history. */
        UUID assessmentId = inTransaction(() -> {
            Person person = persons.findById(personId, CRIPEL).orElseThrow();
            assertThat(person.employment()).singleElement()
                    .extracting(EmploymentPeriod::end).isEqualTo(LocalDate.of(2023, 2, 28));
            ObligationAssessment first = assess(person, REGISTERED_ON.minusDays(1));
            ObligationAssessment second = assess(person, REGISTERED_ON);
            assessments.add(first);
            assessments.add(second);
            return second.id();
        });
        inTransaction(() -> {
            ObligationAssessment latest = assessments.findLatest(personId).orElseThrow();
            assertThat(latest.id()).isEqualTo(assessmentId);
            assertThat(latest.kind()).isEqualTo(AssessmentKind.RULES_ENGINE);
            assertThat(latest.status()).isEqualTo(ObligationStatus.OBLIGED);
            assertThat(latest.deadline()).contains(new Deadline(FINAL_DEADLINE, DeadlineRegime.REGIME_2018));
            assertThat(latest.criCode()).contains(CRIPEL);
            assertThat(latest.inputs()).isPresent();
            assertThat(latest.evidence()).isEmpty();
            assertThat(assessments.historyOf(personId)).hasSize(2).first().isEqualTo(latest);
            return null;
        });

        /* The file opens at CRIPEL, and the reception module starts. */
        UUID fileId = inTransaction(() -> {
            ObligationAssessment assessment = assessments.findById(assessmentId).orElseThrow();
            CaseFile file = CaseFile.open(assessment, caseFiles.filesOf(personId), REGISTERED_ON, AGENT,
                    at(REGISTERED_ON));
            caseFiles.add(file);
            receptions.add(ReceptionModule.startFor(file, AGENT, at(REGISTERED_ON)));
            return file.id();
        });

        /* The social review (recorded, then corrected) and the French test (A1). */
        UUID firstReviewId = inTransaction(() -> {
            ReceptionModule reception = receptions.findByCaseFile(fileId).orElseThrow();
            SocialReview review = socialReview(LocalDate.of(2023, 4, 17), false);
            reception.recordSocialReview(review, AGENT, at(LocalDate.of(2023, 4, 17)));
            return review.id();
        });
        inTransaction(() -> {
            ReceptionModule reception = receptions.findByCaseFile(fileId).orElseThrow();
            reception.recordSocialReview(socialReview(LocalDate.of(2023, 4, 17), true), AGENT,
                    at(LocalDate.of(2023, 4, 18)));
            reception.recordFrenchTest(new FrenchTest(LocalDate.of(2023, 4, 24), CefrLevel.A1), AGENT,
                    at(LocalDate.of(2023, 4, 24)));
            return null;
        });
        inTransaction(() -> {
            assertThat(entityManager.find(SocialReview.class, firstReviewId)).as("the replaced review").isNull();
            ReceptionModule reception = receptions.findByCaseFile(fileId).orElseThrow();
            SocialReview review = reception.socialReview().orElseThrow();
            assertThat(review.recommendsSocioProfessionalOrientation()).isTrue();
            assertThat(review.needs()).hasSize(NeedDomain.values().length);
            assertThat(review.need(NeedDomain.FRENCH)).isEqualTo(new Need(NeedLevel.HIGH, "Reads Arabic script only"));
            assertThat(review.domainsInNeed()).containsExactly(NeedDomain.FRENCH, NeedDomain.WORK_AND_TRAINING);
            assertThat(review.notes()).isEqualTo("Nurse in Casablanca; two children at school in Liège");
            assertThat(reception.frenchTest()).contains(new FrenchTest(LocalDate.of(2023, 4, 24), CefrLevel.A1));
            assertThat(reception.rightsAndDutiesSession()).isEmpty();
            return null;
        });

        /* The convention is proposed on 15 May, then signed on 22 May: the file's state follows. */
        inTransaction(() -> {
            ReceptionModule reception = receptions.findByCaseFile(fileId).orElseThrow();
            CaseFile file = caseFiles.findById(fileId, CRIPEL).orElseThrow();
            conventions.add(Convention.propose(file, reception, LocalDate.of(2023, 5, 15), AGENT,
                    at(LocalDate.of(2023, 5, 15))));
            return null;
        });
        inTransaction(() -> {
            Convention convention = conventions.findByCaseFile(fileId).orElseThrow();
            assertThat(convention.status()).isEqualTo(ConventionStatus.PROPOSED);
            assertThat(convention.requiredAxes()).containsExactly(Axis.RECEPTION, Axis.CITIZENSHIP, Axis.FRENCH,
                    Axis.SOCIO_PROFESSIONAL);
            convention.sign(LocalDate.of(2023, 5, 22), settings, AGENT, at(LocalDate.of(2023, 5, 22)));
            return null;
        });

        /* The rights-and-duties session completes the reception module. */
        inTransaction(() -> {
            receptions.findByCaseFile(fileId).orElseThrow().recordRightsAndDutiesSession(
                    new RightsAndDutiesSession(LocalDate.of(2023, 5, 30), SessionFormat.GROUP, "ar"), AGENT,
                    at(LocalDate.of(2023, 5, 30)));
            return null;
        });

        /* Enrolments: citizenship and French at the ILI of Liège, the orientation at the Forem. */
        UUID citizenshipId = inTransaction(() -> {
            Convention convention = conventions.findByCaseFile(fileId).orElseThrow();
            Enrolment citizenship = Enrolment.enrol(convention, operators.findByCode("ILI-LIEGE").orElseThrow(),
                    Axis.CITIZENSHIP, LocalDate.of(2023, 6, 5), AGENT, at(LocalDate.of(2023, 6, 5)));
            enrolments.add(citizenship);
            enrolments.add(Enrolment.enrol(convention, operators.findByCode("FOREM-LIEGE").orElseThrow(),
                    Axis.SOCIO_PROFESSIONAL, LocalDate.of(2023, 6, 12), AGENT, at(LocalDate.of(2023, 6, 12))));
            enrolments.add(Enrolment.enrol(convention, operators.findByCode("ILI-LIEGE").orElseThrow(),
                    Axis.FRENCH, LocalDate.of(2023, 9, 11), AGENT, at(LocalDate.of(2023, 9, 11))));
            return citizenship.id();
        });
        inTransaction(() -> {
            // 60 hours of citizenship, the last 4 on 13 October: the ledger derives that the axis is done that day
            Enrolment citizenship = enrolments.findById(citizenshipId).orElseThrow();
            Convention convention = conventions.findByCaseFile(fileId).orElseThrow();
            Operator ili = operators.findByCode("ILI-LIEGE").orElseThrow();
            for (LocalDate day = LocalDate.of(2023, 10, 6); day.isBefore(LocalDate.of(2023, 10, 13)); day = day
                    .plusDays(1)) {
                ledger.recordSession(citizenship, ili, convention, day, Hours.of(8), "formateur.ili", at(day));
            }
            ledger.recordSession(citizenship, ili, convention, LocalDate.of(2023, 10, 13), Hours.of(4),
                    "formateur.ili", at(LocalDate.of(2023, 10, 13)));
            citizenship.complete(LocalDate.of(2023, 10, 13), AGENT, at(LocalDate.of(2023, 10, 13)));
            return null;
        });

        /* An evaluation interview, then an A2 certificate: version 2 drops French. */
        inTransaction(() -> {
            CaseFile file = caseFiles.findById(fileId, CRIPEL).orElseThrow();
            interviews.add(EvaluationInterview.record(file, LocalDate.of(2023, 11, 20),
                    "Citizenship done; French going well", AGENT, at(LocalDate.of(2023, 11, 20))));
            return null;
        });
        inTransaction(() -> {
            ledger.recordFrenchCertificate(conventions.findByCaseFile(fileId).orElseThrow(), CefrLevel.A2,
                    LocalDate.of(2024, 1, 15), "Alliance française de Liège", AGENT, at(LocalDate.of(2024, 1, 15)));
            return null;
        });

        /* A supervisor extends the deadline; an amendment lengthens the convention to it (version 3). */
        inTransaction(() -> {
            CaseFile file = caseFiles.findById(fileId, CRIPEL).orElseThrow();
            file.extendDeadline(EXTENDED_DEADLINE, "Hospitalised for three months", SUPERVISOR,
                    at(LocalDate.of(2024, 2, 20)));
            Convention convention = conventions.findByCaseFile(fileId).orElseThrow();
            convention.amend(convention.requiredAxes(), "Deadline extended by the supervisor",
                    LocalDate.of(2024, 2, 21), SUPERVISOR, at(LocalDate.of(2024, 2, 21)));
            return null;
        });

        /* Everything read back from the database gives the deadlines the domain computes. */
        inTransaction(() -> {
            CaseFile file = caseFiles.findById(fileId, CRIPEL).orElseThrow();
            CaseFileDeadlines deadlines = CaseFileDeadlines.of(file, receptions.findByCaseFile(fileId).orElseThrow(),
                    conventions.findByCaseFile(fileId).orElseThrow(), enrolments.findByCaseFile(fileId),
                    interviews.findByCaseFile(fileId), ledger.attendanceOf(file));
            assertThat(deadlines.finalDeadline()).map(DueDate::dueOn).contains(EXTENDED_DEADLINE);
            assertThat(deadlines.receptionModule().doneOn()).isEqualTo(LocalDate.of(2023, 5, 30));
            assertThat(deadlines.citizenship()).map(DueDate::doneOn).contains(LocalDate.of(2023, 10, 13));
            assertThat(deadlines.nextEvaluationInterview()).map(DueDate::dueOn).contains(LocalDate.of(2024, 5, 20));
            assertThat(deadlines.progress().unfinished()).containsExactly(Axis.SOCIO_PROFESSIONAL);
            return null;
        });

        /* She moves to Namur: the file is transferred to CAI. */
        UUID successorId = inTransaction(() -> {
            Person person = persons.findById(personId, CRIPEL).orElseThrow();
            person.moveTo(NAMUR);
            CaseFile file = caseFiles.findById(fileId, CRIPEL).orElseThrow();
            CaseFile successor = file.transferTo(CAI,
                    be.wallonie.parcours.domain.casefile.PersonAtTransfer.of(person, CAI), MOVED_ON, "Moved to Namur",
                    SUPERVISOR, at(MOVED_ON));
            caseFiles.add(successor);
            return successor.id();
        });

        /* The former file, frozen at CRIPEL, with its whole timeline in order. */
        inTransaction(() -> {
            CaseFile file = caseFiles.findById(fileId, CRIPEL).orElseThrow();
            assertThat(file.state()).isEqualTo(CaseFileState.TRANSFERRED);
            assertThat(file.participation()).isEqualTo(Participation.OBLIGED);
            assertThat(file.transferredTo()).contains(successorId);
            assertThat(file.finalDeadline()).contains(EXTENDED_DEADLINE);
            assertThat(file.deadlineExtensions()).containsExactly(new DeadlineExtension(EXTENDED_DEADLINE,
                    "Hospitalised for three months", SUPERVISOR, at(LocalDate.of(2024, 2, 20))));
            assertThat(file.events()).extracting(CaseFileEvent::sequence)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, file.events().size())
                            .boxed().toList());
            assertThat(file.events()).extracting(CaseFileEvent::type).containsExactly(
                    CaseFileEventType.OPENED,
                    CaseFileEventType.RECEPTION_STARTED,
                    CaseFileEventType.SOCIAL_REVIEW_RECORDED,
                    CaseFileEventType.SOCIAL_REVIEW_RECORDED,
                    CaseFileEventType.FRENCH_TEST_RECORDED,
                    CaseFileEventType.CONVENTION_PROPOSED,
                    CaseFileEventType.CONVENTION_SIGNED,
                    CaseFileEventType.RIGHTS_AND_DUTIES_SESSION_RECORDED,
                    CaseFileEventType.RECEPTION_COMPLETED,
                    CaseFileEventType.TRAINING_STARTED,
                    CaseFileEventType.ENROLLED,
                    CaseFileEventType.ENROLLED,
                    CaseFileEventType.ENROLLED,
                    CaseFileEventType.ENROLMENT_COMPLETED,
                    CaseFileEventType.INTERVIEW_HELD,
                    CaseFileEventType.CONVENTION_AMENDED,
                    CaseFileEventType.DEADLINE_EXTENDED,
                    CaseFileEventType.CONVENTION_AMENDED,
                    CaseFileEventType.TRANSFERRED_OUT);
            CaseFileEvent signed = file.events().get(6);
            assertThat(signed.fromState()).isEqualTo(CaseFileState.RECEPTION);
            assertThat(signed.toState()).isEqualTo(CaseFileState.CONVENTION_SIGNED);
            assertThat(signed.occurredOn()).isEqualTo(LocalDate.of(2023, 5, 22));
            assertThat(signed.recordedBy()).isEqualTo(AGENT);
            assertThat(signed.recordedAt()).isEqualTo(at(LocalDate.of(2023, 5, 22)));
            assertThat(file.events().get(file.events().size() - 1).detail()).isEqualTo("toCri=CAI");
            return null;
        });

        /* The file that continues it at CAI, which CRIPEL cannot see, and the former file, which CAI cannot see. */
        inTransaction(() -> {
            assertThat(caseFiles.findById(successorId, CRIPEL)).isEmpty();
            assertThat(caseFiles.findById(fileId, CAI)).isEmpty();
            CaseFile successor = caseFiles.findById(successorId, CAI).orElseThrow();
            assertThat(successor.state()).isEqualTo(CaseFileState.OPENED);
            assertThat(successor.transferredFrom()).contains(fileId);
            assertThat(successor.finalDeadline()).contains(EXTENDED_DEADLINE);
            assertThat(successor.events()).extracting(CaseFileEvent::type)
                    .containsExactly(CaseFileEventType.TRANSFERRED_IN, CaseFileEventType.DEADLINE_EXTENDED);
            assertThat(caseFiles.filesOf(personId)).extracting(CaseFile::id).containsExactly(fileId, successorId);
            assertThat(caseFiles.followedUpBy(CAI)).extracting(CaseFile::id).contains(successorId);
            assertThat(caseFiles.followedUpBy(CRIPEL)).extracting(CaseFile::id).doesNotContain(fileId);
            /* CAI, which holds her current file, sees the person; CRIPEL keeps only its frozen file; nobody else. */
            assertThat(persons.findById(personId, CAI)).map(Person::communeOfResidence).contains(NAMUR);
            assertThat(persons.findById(personId, CRIPEL)).isEmpty();
            assertThat(persons.findById(personId, CRIC)).isEmpty();
            return null;
        });

        /* The reception module, the convention's versions, the enrolments and the interview, as recorded. */
        inTransaction(() -> {
            ReceptionModule reception = receptions.findByCaseFile(fileId).orElseThrow();
            assertThat(reception.completedOn()).contains(LocalDate.of(2023, 5, 30));
            assertThat(reception.rightsAndDutiesSession()).contains(
                    new RightsAndDutiesSession(LocalDate.of(2023, 5, 30), SessionFormat.GROUP, "ar"));
            assertThat(reception.frenchTestWaiver()).isEmpty();

            Convention convention = conventions.findByCaseFile(fileId).orElseThrow();
            assertThat(convention.status()).isEqualTo(ConventionStatus.SIGNED);
            assertThat(convention.signedOn()).contains(LocalDate.of(2023, 5, 22));
            assertThat(convention.versions()).extracting(ConventionVersion::number).containsExactly(1, 2, 3);
            List<ConventionVersion> versions = convention.versions();
            assertThat(versions.get(0).axes()).containsExactly(Axis.RECEPTION, Axis.CITIZENSHIP, Axis.FRENCH,
                    Axis.SOCIO_PROFESSIONAL);
            assertThat(versions.get(0).effectiveOn()).isEqualTo(LocalDate.of(2023, 5, 22));
            assertThat(versions.get(0).endDate()).isEqualTo(FINAL_DEADLINE);
            assertThat(versions.get(1).axes()).containsExactly(Axis.RECEPTION, Axis.CITIZENSHIP,
                    Axis.SOCIO_PROFESSIONAL);
            assertThat(versions.get(1).reason()).startsWith("Certificate of French at level A2");
            assertThat(versions.get(2).axes()).isEqualTo(versions.get(1).axes());
            assertThat(versions.get(2).endDate()).isEqualTo(EXTENDED_DEADLINE);
            assertThat(versions.get(2).recordedBy()).isEqualTo(SUPERVISOR);
            assertThat(convention.endDate()).contains(EXTENDED_DEADLINE);

            assertThat(enrolments.findByCaseFile(fileId))
                    .extracting(Enrolment::axis, Enrolment::operatorCode, Enrolment::status)
                    .containsExactly(
                            tuple(Axis.CITIZENSHIP, "ILI-LIEGE",
                                    EnrolmentStatus.COMPLETED),
                            tuple(Axis.SOCIO_PROFESSIONAL, "FOREM-LIEGE",
                                    EnrolmentStatus.ACTIVE),
                            tuple(Axis.FRENCH, "ILI-LIEGE", EnrolmentStatus.ACTIVE));
            assertThat(enrolments.findById(citizenshipId).orElseThrow().endDate())
                    .contains(LocalDate.of(2023, 10, 13));
            assertThat(enrolments.findByOperator("ILI-LIEGE", new Paging(1, 200)).items())
                    .extracting(Enrolment::id).contains(citizenshipId);
            var firstOfOne = enrolments.findByOperator("ILI-LIEGE", new Paging(1, 1));
            assertThat(firstOfOne.total()).isGreaterThanOrEqualTo(2);
            assertThat(firstOfOne.items()).hasSize(1);
            assertThat(enrolments.findByOperator("FOREM-LIEGE", new Paging(1, 200)).items())
                    .extracting(Enrolment::id).doesNotContain(citizenshipId);

            assertThat(interviews.findByCaseFile(fileId)).singleElement().satisfies(interview -> {
                assertThat(interview.heldOn()).isEqualTo(LocalDate.of(2023, 11, 20));
                assertThat(interview.notes()).isEqualTo("Citizenship done; French going well");
                assertThat(interview.conductedBy()).isEqualTo(AGENT);
            });
            return null;
        });

        /* The database keeps one current file per person, even if a caller skipped the domain's check. */
        assertThatThrownBy(() -> inTransaction(() -> {
            ObligationAssessment assessment = assessments.findById(assessmentId).orElseThrow();
            caseFiles.add(CaseFile.open(assessment, List.of(), MOVED_ON, AGENT, at(MOVED_ON)));
            return null;
        })).hasStackTraceContaining("case_file_one_current_per_person"); // checked at commit: a suppressed XAException
        assertThat(inTransaction(() -> caseFiles.filesOf(personId))).hasSize(2);
    }

    private ObligationAssessment assess(Person person, LocalDate asOf) {
        var verdict = rules.evaluate(person.obligationFacts(asOf, communes::find));
        return ObligationAssessment.ofVerdict(person.id(), verdict, asOf, "{\"permitType\":\"FAMILY_REUNIFICATION\"}",
                "[\"obliged\"]", AGENT, at(asOf));
    }

    private static SocialReview socialReview(LocalDate on, boolean orientation) {
        Map<NeedDomain, Need> needs = new EnumMap<>(NeedDomain.class);
        for (NeedDomain domain : NeedDomain.values()) {
            needs.put(domain, Need.none());
        }
        needs.put(NeedDomain.FRENCH, new Need(NeedLevel.HIGH, "Reads Arabic script only"));
        needs.put(NeedDomain.WORK_AND_TRAINING, new Need(NeedLevel.MODERATE, null));
        return new SocialReview(on, needs, "Nurse in Casablanca; two children at school in Liège", orientation);
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
