package be.wallonie.parcours.api.attendance;

import static be.wallonie.parcours.api.person.PersonFixture.AGENT;
import static be.wallonie.parcours.api.person.PersonFixture.CRIPEL;
import static be.wallonie.parcours.api.person.PersonFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.obligation.CommunesOfResidence;
import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceEntryKind;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attendance.AttendanceRepository;
import be.wallonie.parcours.domain.attendance.AxisAttendance;
import be.wallonie.parcours.domain.attendance.AxisEquivalence;
import be.wallonie.parcours.domain.attendance.AxisEquivalenceKind;
import be.wallonie.parcours.domain.attendance.AxisEquivalenceRepository;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentRepository;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorKind;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import be.wallonie.parcours.domain.person.CardType;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.person.ResidencePermit;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTest;
import be.wallonie.parcours.domain.reception.Need;
import be.wallonie.parcours.domain.reception.NeedDomain;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.ReceptionRepository;
import be.wallonie.parcours.domain.reception.RightsAndDutiesSession;
import be.wallonie.parcours.domain.reception.SessionFormat;
import be.wallonie.parcours.domain.reception.SocialReview;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The attendance ledger written and read back through the repositories, one transaction per step, against the real
 * PostgreSQL: what the mappings and the V007 migration keep is what the ledger decided, and nothing recorded can be
 * changed or deleted.
 */
@QuarkusTest
class AttendancePersistenceTest {

    private static final LocalDate REGISTERED_ON = LocalDate.of(2023, 4, 3);
    private static final LocalDate SIGNED_ON = LocalDate.of(2023, 5, 22);
    private static final LocalDate START = LocalDate.of(2023, 6, 5);
    private static final LocalDate MONDAY = LocalDate.of(2023, 6, 12);
    private static final String TRAINER = "formateur.test";

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
    AttendanceRepository entries;
    @Inject
    AxisEquivalenceRepository equivalences;
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

    /** The ids of an obliged person's file, signed for the four axes, enrolled on citizenship and orientation. */
    private record Enrolled(UUID personId, UUID fileId, String operatorCode, UUID citizenshipId, UUID orientationId) {
    }

    @Test
    void entriesCorrectionsAndEquivalencesSurviveEveryTransaction() {
        Enrolled enrolled = enrolled();

        /* The trainers record three sessions; one on Monday at each operator. */
        UUID firstId = inTransaction(() -> {
            Convention convention = conventions.findByCaseFile(enrolled.fileId()).orElseThrow();
            Enrolment citizenship = enrolments.findById(enrolled.citizenshipId()).orElseThrow();
            Operator operator = operators.findByCode(enrolled.operatorCode()).orElseThrow();
            AttendanceEntry first = ledger.recordSession(citizenship, operator, convention, MONDAY,
                    Hours.of("3.75"), TRAINER, at(MONDAY)).entry();
            ledger.recordSession(citizenship, operator, convention, MONDAY.plusWeeks(1), Hours.of(4), TRAINER,
                    at(MONDAY.plusWeeks(1)));
            Enrolment orientation = enrolments.findById(enrolled.orientationId()).orElseThrow();
            ledger.recordSession(orientation, operators.findByCode("FOREM-LIEGE").orElseThrow(), convention, MONDAY,
                    Hours.of(2), "formateur.forem", at(MONDAY));
            return first.id();
        });

        /* Read back: the session as recorded; the person's Monday counts both operators. Then a correction. */
        inTransaction(() -> {
            AttendanceEntry first = entries.findById(firstId).orElseThrow();
            assertThat(first.kind()).isEqualTo(AttendanceEntryKind.SESSION);
            assertThat(first.enrolmentId()).isEqualTo(enrolled.citizenshipId());
            assertThat(first.caseFileId()).isEqualTo(enrolled.fileId());
            assertThat(first.personId()).isEqualTo(enrolled.personId());
            assertThat(first.operatorCode()).isEqualTo(enrolled.operatorCode());
            assertThat(first.axis()).isEqualTo(Axis.CITIZENSHIP);
            assertThat(first.sessionDate()).isEqualTo(MONDAY);
            assertThat(first.hours()).isEqualByComparingTo("3.75");
            assertThat(first.recordedBy()).isEqualTo(TRAINER);
            assertThat(first.recordedAt()).isEqualTo(at(MONDAY));
            assertThat(entries.findByEnrolment(enrolled.citizenshipId())).extracting(AttendanceEntry::sessionDate)
                    .containsExactly(MONDAY, MONDAY.plusWeeks(1));
            assertThat(entries.totalOnDay(enrolled.personId(), MONDAY)).isEqualByComparingTo("5.75");
            assertThat(entries.totalOnDay(enrolled.personId(), MONDAY.plusDays(1))).isZero();

            ledger.correct(enrolments.findById(enrolled.citizenshipId()).orElseThrow(),
                    operators.findByCode(enrolled.operatorCode()).orElseThrow(),
                    conventions.findByCaseFile(enrolled.fileId()).orElseThrow(), first, Hours.of("2.5"),
                    "Left at the break", TRAINER, at(MONDAY.plusDays(2)));
            ledger.recordWorkRelease(conventions.findByCaseFile(enrolled.fileId()).orElseThrow(),
                    MONDAY.plusWeeks(3), "Employment contract from 2023-07-03", AGENT, at(MONDAY.plusWeeks(3)));
            return null;
        });

        /* Read back: the correction beside the session it corrects, the release, and what the ledger derives. */
        inTransaction(() -> {
            List<AttendanceEntry> ofFile = entries.findByCaseFile(enrolled.fileId());
            assertThat(ofFile).hasSize(4);
            AttendanceEntry correction = ofFile.stream().filter(AttendanceEntry::isCorrection).findFirst()
                    .orElseThrow();
            assertThat(correction.corrects()).contains(firstId);
            assertThat(correction.hours()).isEqualByComparingTo("-1.25");
            assertThat(correction.sessionDate()).isEqualTo(MONDAY);
            assertThat(correction.reason()).contains("Left at the break");
            assertThat(entries.findById(firstId).orElseThrow().hours()).isEqualByComparingTo("3.75");
            assertThat(entries.totalOnDay(enrolled.personId(), MONDAY)).isEqualByComparingTo("4.5");

            AxisEquivalence release = equivalences.findByCaseFile(enrolled.fileId()).get(0);
            assertThat(release.kind()).isEqualTo(AxisEquivalenceKind.WORK_RELEASE);
            assertThat(release.axis()).isEqualTo(Axis.SOCIO_PROFESSIONAL);
            assertThat(release.effectiveOn()).isEqualTo(MONDAY.plusWeeks(3));
            assertThat(release.evidence()).contains("Employment contract from 2023-07-03");
            assertThat(release.level()).isEmpty();
            assertThat(release.recordedBy()).isEqualTo(AGENT);

            CaseFile file = caseFiles.findById(enrolled.fileId(), CRIPEL).orElseThrow();
            AxisAttendance citizenship = ledger.attendanceOf(file).axis(Axis.CITIZENSHIP, SIGNED_ON);
            assertThat(citizenship.hoursDone()).isEqualByComparingTo("6.5");
            assertThat(citizenship.hoursRemaining()).isEqualByComparingTo("53.5");
            assertThat(ledger.attendanceOf(file).axis(Axis.SOCIO_PROFESSIONAL, SIGNED_ON).doneOn())
                    .contains(MONDAY.plusWeeks(3));
            return null;
        });

        /* The operator's list, paged in SQL, and its export, streamed in the same order. */
        inTransaction(() -> {
            Page<AttendanceEntry> page = entries.findByOperator(enrolled.operatorCode(), START, MONDAY.plusWeeks(1),
                    new Paging(1, 2));
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.items()).hasSize(2);
            assertThat(entries.findByOperator(enrolled.operatorCode(), START, MONDAY, new Paging(1, 10)).total())
                    .isEqualTo(2);
            try (Stream<AttendanceEntry> export = entries.streamByOperator(enrolled.operatorCode(), START,
                    MONDAY.plusWeeks(1))) {
                List<AttendanceEntry> streamed = export.toList();
                assertThat(streamed).hasSize(3).startsWith(page.items().toArray(AttendanceEntry[]::new));
                assertThat(streamed).extracting(AttendanceEntry::operatorCode).containsOnly(enrolled.operatorCode());
            }
            return null;
        });
    }

    @Test
    void theLedgerTablesRefuseUpdatesAndDeletes() {
        Enrolled enrolled = enrolled();
        UUID entryId = inTransaction(() -> {
            Convention convention = conventions.findByCaseFile(enrolled.fileId()).orElseThrow();
            ledger.recordFrenchCertificate(convention, CefrLevel.A2, MONDAY, "Alliance française de Liège", AGENT,
                    at(MONDAY));
            return ledger.recordSession(enrolments.findById(enrolled.citizenshipId()).orElseThrow(),
                    operators.findByCode(enrolled.operatorCode()).orElseThrow(), convention, MONDAY, Hours.of(3),
                    TRAINER, at(MONDAY)).entry().id();
        });

        for (String change : List.of("update attendance_entry set hours = 8 where id = :id",
                "delete from attendance_entry where id = :id",
                "update axis_equivalence set level = 'B2' where case_file_id = (select case_file_id"
                        + " from attendance_entry where id = :id)",
                "delete from axis_equivalence where case_file_id = (select case_file_id from attendance_entry"
                        + " where id = :id)")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery(change).setParameter("id", entryId).executeUpdate()))
                    .as(change).hasStackTraceContaining("append-only");
        }
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into attendance_entry (id, kind, enrolment_id, case_file_id, person_id, operator_code, axis,
                    session_date, hours, recorded_by, recorded_at)
                select gen_random_uuid(), kind, enrolment_id, case_file_id, person_id, operator_code, axis,
                    session_date, 1.1, recorded_by, recorded_at from attendance_entry where id = :id""")
                .setParameter("id", entryId).executeUpdate()))
                .as("hours in quarter hours").hasStackTraceContaining("attendance_entry_quarter_hours");
        inTransaction(() -> {
            assertThat(entries.findById(entryId).orElseThrow().hours()).isEqualByComparingTo("3");
            assertThat(equivalences.findByCaseFile(enrolled.fileId())).singleElement().satisfies(certificate -> {
                assertThat(certificate.level()).contains(CefrLevel.A2);
                assertThat(certificate.issuer()).contains("Alliance française de Liège");
            });
            assertThat(conventions.findByCaseFile(enrolled.fileId()).orElseThrow().requires(Axis.FRENCH)).isFalse();
            return null;
        });
    }

    /** An obliged person's file at CRIPEL, signed, enrolled on citizenship (a new operator) and orientation. */
    private Enrolled enrolled() {
        String operatorCode = "ILI-" + PersonFixture.uniqueName("T").toUpperCase();
        return inTransaction(() -> {
            operators.add(new Operator(operatorCode, "ILI de test", OperatorKind.ILI, EnumSet.of(Axis.CITIZENSHIP),
                    new Address("Rue de la Cathédrale 5", "4000", "Liège")));
            Person person = PersonFixture.registered(PersonFixture.uniqueName("Benali"), "Amina",
                    LocalDate.of(1994, 2, 14), CRIPEL, REGISTERED_ON);
            person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.FAMILY_REUNIFICATION,
                    LocalDate.of(2023, 3, 10), LocalDate.of(2023, 4, 1), 12, LocalDate.of(2023, 2, 1),
                    FamilyLink.THIRD_COUNTRY_NATIONAL));
            persons.add(person);
            ObligationAssessment assessment = ObligationAssessment.ofVerdict(person.id(),
                    rules.evaluate(person.obligationFacts(REGISTERED_ON, communes::find)), REGISTERED_ON, "{}", "[]",
                    AGENT, at(REGISTERED_ON));
            assessments.add(assessment);
            CaseFile file = CaseFile.open(assessment, List.of(), REGISTERED_ON, AGENT, at(REGISTERED_ON));
            caseFiles.add(file);
            ReceptionModule reception = ReceptionModule.startFor(file, AGENT, at(REGISTERED_ON));
            receptions.add(reception);
            Map<NeedDomain, Need> needs = new EnumMap<>(NeedDomain.class);
            for (NeedDomain domain : NeedDomain.values()) {
                needs.put(domain, Need.none());
            }
            LocalDate reviewedOn = LocalDate.of(2023, 4, 17);
            reception.recordSocialReview(new SocialReview(reviewedOn, needs, null, true), AGENT, at(reviewedOn));
            reception.recordFrenchTest(new FrenchTest(LocalDate.of(2023, 4, 24), CefrLevel.A1), AGENT,
                    at(LocalDate.of(2023, 4, 24)));
            reception.recordRightsAndDutiesSession(new RightsAndDutiesSession(LocalDate.of(2023, 5, 8),
                    SessionFormat.GROUP, null), AGENT, at(LocalDate.of(2023, 5, 8)));
            Convention convention = Convention.propose(file, reception, LocalDate.of(2023, 5, 15), AGENT,
                    at(LocalDate.of(2023, 5, 15)));
            conventions.add(convention);
            convention.sign(SIGNED_ON, settings, AGENT, at(SIGNED_ON));
            Enrolment citizenship = Enrolment.enrol(convention, operators.findByCode(operatorCode).orElseThrow(),
                    Axis.CITIZENSHIP, START, AGENT, at(START));
            Enrolment orientation = Enrolment.enrol(convention, operators.findByCode("FOREM-LIEGE").orElseThrow(),
                    Axis.SOCIO_PROFESSIONAL, START, AGENT, at(START));
            enrolments.add(citizenship);
            enrolments.add(orientation);
            return new Enrolled(person.id(), file.id(), operatorCode, citizenship.id(), orientation.id());
        });
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
