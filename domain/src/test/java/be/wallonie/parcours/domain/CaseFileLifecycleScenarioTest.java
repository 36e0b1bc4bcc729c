package be.wallonie.parcours.domain;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.attendance.AttendanceFixture;
import be.wallonie.parcours.domain.attendance.InMemoryAttendance;
import be.wallonie.parcours.domain.attendance.Recording;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileEvent;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.DeadlineState;
import be.wallonie.parcours.domain.deadline.DueDate;
import be.wallonie.parcours.domain.deadline.EvaluationInterview;
import be.wallonie.parcours.domain.deadline.WorkQueue;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.obligation.ReferenceDataFixture;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentRefusedException;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import be.wallonie.parcours.domain.person.CardType;
import be.wallonie.parcours.domain.person.DuplicateCandidates;
import be.wallonie.parcours.domain.person.DuplicateDetection;
import be.wallonie.parcours.domain.person.Identity;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonFixture;
import be.wallonie.parcours.domain.person.ResidencePermit;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.NeedDomain;
import be.wallonie.parcours.domain.reception.ReceptionFixture;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.shared.NisCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One obliged newcomer, from registration at the CRI of Liège to a signed convention with enrolments, told step by
 * step, checking the state of the case file and its deadlines at each step.
 * <p>
 * Amina Benali, Moroccan, joined her husband in Liège: her permit (family reunification) was ordered at the commune on
 * 10 March 2023. She has 18 months, until 10 September 2024, to obtain the attestation.
 */
class CaseFileLifecycleScenarioTest {

    private static final ObligationSettings SETTINGS = ObligationSettings.defaults();
    private static final ObligationRules RULES = new ObligationRules(ReferenceDataFixture.countryGroups(), SETTINGS);

    private static final LocalDate REGISTERED_ON = LocalDate.of(2023, 4, 3);
    private static final LocalDate FINAL_DEADLINE = LocalDate.of(2024, 9, 10);

    private final List<Person> registeredPersons = new ArrayList<>();
    private final List<Enrolment> enrolments = new ArrayList<>();
    private final InMemoryAttendance attendance = new InMemoryAttendance();
    private final List<EvaluationInterview> interviews = new ArrayList<>();

    @Test
    void anObligedNewcomerGoesFromRegistrationToASignedConventionWithEnrolments() {
        /* 3 April 2023: the CRI registers Amina. Nobody with her national number, nor anyone like her, is known. */
        Identity amina = PersonFixture.aminaBenali();
        DuplicateCandidates candidates = DuplicateDetection.check(amina, null, registeredPersons);
        assertThat(candidates.isDuplicate()).isFalse();
        assertThat(candidates.needsConfirmation()).isFalse();

        Person person = new Person(amina, new NisCode("62063"), "CRIPEL", at(REGISTERED_ON));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.FAMILY_REUNIFICATION,
                LocalDate.of(2023, 3, 10), LocalDate.of(2023, 4, 1), 12, LocalDate.of(2023, 2, 1),
                FamilyLink.THIRD_COUNTRY_NATIONAL));
        registeredPersons.add(person);

        /* A second registration of the same woman, her names swapped and accented, is a likely match to confirm. */
        Identity again = PersonFixture.identity("Amina", "Bénali", amina.birthDate(), "MA", null);
        assertThat(DuplicateDetection.check(again, null, registeredPersons).needsConfirmation()).isTrue();
        /* With her national number, it is refused outright. */
        assertThat(DuplicateDetection.check(amina, null, registeredPersons).isDuplicate()).isTrue();

        /* The rules engine assesses her: obliged, 18-month regime, until 10 September 2024. */
        ObligationVerdict verdict = RULES.evaluate(person.obligationFacts(REGISTERED_ON,
                ReferenceDataFixture.communes()));
        ObligationAssessment assessment = ObligationAssessment.ofVerdict(person.id(), verdict, REGISTERED_ON,
                "{\"facts\":\"...\"}", "[\"...\"]", AGENT, at(REGISTERED_ON));
        assertThat(assessment.status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(assessment.deadline()).contains(new Deadline(FINAL_DEADLINE, DeadlineRegime.REGIME_2018));

        /* The case file opens at CRIPEL. The reception module is due by 3 July 2023. */
        CaseFile file = CaseFile.open(assessment, List.of(), REGISTERED_ON, AGENT, at(REGISTERED_ON));
        assertThat(file.state()).isEqualTo(CaseFileState.OPENED);
        assertThat(file.participation()).isEqualTo(Participation.OBLIGED);
        CaseFileDeadlines deadlines = deadlines(file, null, null);
        assertThat(deadlines.finalDeadline()).map(DueDate::dueOn).contains(FINAL_DEADLINE);
        assertThat(deadlines.receptionModule().dueOn()).isEqualTo(LocalDate.of(2023, 7, 3));
        assertThat(deadlines.receptionModule().stateOn(REGISTERED_ON)).isEqualTo(DeadlineState.ON_TIME);
        assertThat(deadlines.nextEvaluationInterview()).isEmpty();

        /* The reception module starts the same day. */
        ReceptionModule reception = ReceptionModule.startFor(file, AGENT, at(REGISTERED_ON));
        assertThat(file.state()).isEqualTo(CaseFileState.RECEPTION);

        /* 17 April: the social review. She needs French, and an orientation towards work (she was a nurse). */
        LocalDate reviewedOn = LocalDate.of(2023, 4, 17);
        reception.recordSocialReview(ReceptionFixture.socialReview(reviewedOn, true), AGENT, at(reviewedOn));
        assertThat(reception.socialReview().orElseThrow().domainsInNeed())
                .containsExactly(NeedDomain.FRENCH, NeedDomain.WORK_AND_TRAINING);

        /* 24 April: the French test places her at A1, below A2. */
        LocalDate testedOn = LocalDate.of(2023, 4, 24);
        reception.recordFrenchTest(ReceptionFixture.frenchTest(testedOn, CefrLevel.A1), AGENT, at(testedOn));
        assertThat(reception.isComplete()).isFalse();

        /* 15 May: the convention is proposed: reception, citizenship, French and socio-professional orientation. */
        LocalDate proposedOn = LocalDate.of(2023, 5, 15);
        Convention convention = Convention.propose(file, reception, proposedOn, AGENT, at(proposedOn));
        assertThat(convention.requiredAxes()).containsExactly(Axis.RECEPTION, Axis.CITIZENSHIP, Axis.FRENCH,
                Axis.SOCIO_PROFESSIONAL);

        /* Nobody enrols her before the convention is signed. */
        assertThatThrownBy(() -> Enrolment.enrol(convention, OperatorFixture.iliLiege(), Axis.CITIZENSHIP,
                proposedOn, AGENT, at(proposedOn)))
                .isInstanceOfSatisfying(EnrolmentRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(EnrolmentRefusedException.Reason.CONVENTION_NOT_SIGNED));

        /* 22 May: Amina and the CRI sign it. It ends on her final deadline; the first interview is due by 22 Nov. */
        LocalDate signedOn = LocalDate.of(2023, 5, 22);
        convention.sign(signedOn, SETTINGS, AGENT, at(signedOn));
        assertThat(file.state()).isEqualTo(CaseFileState.CONVENTION_SIGNED);
        assertThat(convention.endDate()).contains(FINAL_DEADLINE);
        deadlines = deadlines(file, reception, convention);
        assertThat(deadlines.nextEvaluationInterview()).map(DueDate::dueOn).contains(LocalDate.of(2023, 11, 22));
        assertThat(deadlines.receptionModule().daysLeftOn(signedOn)).isEqualTo(42);
        assertThat(deadlines.receptionModule().stateOn(LocalDate.of(2023, 6, 3))).isEqualTo(DeadlineState.DUE_SOON);

        /* 30 May: the rights-and-duties session, with an Arabic interpreter, completes the reception module. */
        LocalDate sessionOn = LocalDate.of(2023, 5, 30);
        reception.recordRightsAndDutiesSession(ReceptionFixture.groupSessionWithInterpreter(sessionOn), AGENT,
                at(sessionOn));
        assertThat(reception.completedOn()).contains(sessionOn);
        deadlines = deadlines(file, reception, convention);
        assertThat(deadlines.receptionModule().stateOn(sessionOn)).isEqualTo(DeadlineState.DONE);
        assertThat(deadlines.receptionModule().wasLate()).isFalse();
        assertThat(deadlines.progress().unfinished()).containsExactly(Axis.CITIZENSHIP, Axis.FRENCH,
                Axis.SOCIO_PROFESSIONAL);

        /* 5 June: a CISP, recognised for French only, cannot take her for citizenship... */
        LocalDate citizenshipStart = LocalDate.of(2023, 6, 5);
        assertThatThrownBy(() -> Enrolment.enrol(convention, OperatorFixture.cispSeraing(), Axis.CITIZENSHIP,
                citizenshipStart, AGENT, at(citizenshipStart)))
                .isInstanceOfSatisfying(EnrolmentRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(EnrolmentRefusedException.Reason.OPERATOR_NOT_RECOGNISED));
        assertThat(file.state()).isEqualTo(CaseFileState.CONVENTION_SIGNED);

        /* ... so the ILI of Liège does. Her training starts: 60 hours of citizenship due by 5 October. */
        Operator ili = OperatorFixture.iliLiege();
        enrolments.add(Enrolment.enrol(convention, ili, Axis.CITIZENSHIP, citizenshipStart, AGENT,
                at(citizenshipStart)));
        assertThat(file.state()).isEqualTo(CaseFileState.IN_PROGRESS);
        deadlines = deadlines(file, reception, convention);
        assertThat(deadlines.citizenship()).map(DueDate::dueOn).contains(LocalDate.of(2023, 10, 5));

        /* 12 June: the Forem takes her for the orientation; 11 September: French at the ILI, due 11 January 2025. */
        LocalDate orientationStart = LocalDate.of(2023, 6, 12);
        enrolments.add(Enrolment.enrol(convention, OperatorFixture.foremLiege(), Axis.SOCIO_PROFESSIONAL,
                orientationStart, AGENT, at(orientationStart)));
        LocalDate frenchStart = LocalDate.of(2023, 9, 11);
        enrolments.add(Enrolment.enrol(convention, ili, Axis.FRENCH, frenchStart, AGENT, at(frenchStart)));
        deadlines = deadlines(file, reception, convention);
        assertThat(deadlines.french()).map(DueDate::dueOn).contains(LocalDate.of(2025, 1, 11));
        assertThat(queuesOn(deadlines, frenchStart)).isEmpty();

        /* She attends 4 hours of citizenship every Monday for 13 weeks: 52 hours by 28 August, 8 to go. */
        AttendanceFixture.weekly(attendance, enrolments.get(0), ili, convention, citizenshipStart, 13, Hours.of(4));
        deadlines = deadlines(file, reception, convention);
        assertThat(deadlines.progress().hoursDone(Axis.CITIZENSHIP)).isEqualByComparingTo("52");
        assertThat(deadlines.progress().hoursRemaining(Axis.CITIZENSHIP)).isEqualByComparingTo("8");

        /* 6 October: citizenship is not finished yet; the file is overdue. Her last 8 hours, on 13 October, end it. */
        assertThat(queuesOn(deadlines, LocalDate.of(2023, 10, 6))).containsExactly(WorkQueue.OVERDUE);
        LocalDate citizenshipDone = LocalDate.of(2023, 10, 13);
        Recording last = attendance.ledger().recordSession(enrolments.get(0), ili, convention, citizenshipDone,
                Hours.of(8), AttendanceFixture.TRAINER, at(citizenshipDone));
        assertThat(last.axis().doneOn()).contains(citizenshipDone);
        assertThat(last.parcoursDone()).isFalse();
        enrolments.get(0).complete(citizenshipDone, AGENT, at(citizenshipDone));
        deadlines = deadlines(file, reception, convention);
        assertThat(deadlines.citizenship().orElseThrow().stateOn(citizenshipDone)).isEqualTo(DeadlineState.DONE);
        assertThat(deadlines.citizenship().orElseThrow().wasLate()).isTrue();

        /* From 23 October her first evaluation interview is due; it is held on 20 November. Next: 20 May 2024. */
        assertThat(queuesOn(deadlines, LocalDate.of(2023, 10, 23))).containsExactly(WorkQueue.REVIEW_DUE);
        LocalDate interviewOn = LocalDate.of(2023, 11, 20);
        interviews.add(EvaluationInterview.record(file, interviewOn, "Citizenship done; French going well", AGENT,
                at(interviewOn)));
        deadlines = deadlines(file, reception, convention);
        assertThat(deadlines.nextEvaluationInterview()).map(DueDate::dueOn).contains(LocalDate.of(2024, 5, 20));
        assertThat(queuesOn(deadlines, interviewOn)).isEmpty();

        /* 12 June 2024: 90 days before her final deadline, French and the orientation are unfinished: at risk. */
        assertThat(deadlines.isAtRisk(LocalDate.of(2024, 6, 11))).isFalse();
        assertThat(deadlines.isAtRisk(LocalDate.of(2024, 6, 12))).isTrue();

        /* The timeline tells the whole story, in order, with who and when. */
        assertThat(file.events()).extracting(CaseFileEvent::type).containsExactly(
                CaseFileEventType.OPENED,
                CaseFileEventType.RECEPTION_STARTED,
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
                CaseFileEventType.INTERVIEW_HELD);
        assertThat(file.events()).allSatisfy(event -> assertThat(event.recordedBy()).isEqualTo(AGENT));
    }

    private CaseFileDeadlines deadlines(CaseFile file, ReceptionModule reception, Convention convention) {
        return CaseFileDeadlines.of(file, reception, convention, enrolments, interviews, attendance.of(file));
    }

    private static Set<WorkQueue> queuesOn(CaseFileDeadlines deadlines, LocalDate day) {
        Set<WorkQueue> queues = EnumSet.noneOf(WorkQueue.class);
        for (WorkQueue queue : WorkQueue.values()) {
            if (queue.contains(deadlines, day)) {
                queues.add(queue);
            }
        }
        return queues;
    }
}
