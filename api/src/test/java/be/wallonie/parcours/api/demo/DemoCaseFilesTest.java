package be.wallonie.parcours.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.ClosureReason;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.EvaluationInterviewRepository;
import be.wallonie.parcours.domain.deadline.WorkQueue;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.operator.EnrolmentRepository;
import be.wallonie.parcours.domain.reception.ReceptionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The demo case files written at start (docs/demo-data.md), read back from the database: a few hundred persons over
 * the 8 CRIs, files in every state with consistent histories, work queues with content, and a generator that is
 * deterministic and idempotent.
 */
@QuarkusTest
@TestProfile(DemoCaseFilesTest.WithDemoCaseFiles.class)
class DemoCaseFilesTest {

    /** The demo case files are off in tests, which count their own rows: this profile turns them on. */
    public static class WithDemoCaseFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parcours.demo.case-files.enabled", "true");
        }
    }

    @Inject
    DemoCaseFiles demoCaseFiles;
    @Inject
    CaseFileRepository caseFiles;
    @Inject
    AssessmentRepository assessments;
    @Inject
    ReceptionRepository receptions;
    @Inject
    ConventionRepository conventions;
    @Inject
    EnrolmentRepository enrolments;
    @Inject
    EvaluationInterviewRepository interviews;
    @Inject
    AttendanceLedger ledger;
    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;

    @Test
    void aRealisticDataSetIsWrittenAtStartThroughTheDomain() {
        DemoCaseFiles.Summary summary = demoCaseFiles.lastRun();
        assertThat(summary.failures()).as("persons whose parcours the domain refused").isZero();
        assertThat(summary.personIds()).hasSizeBetween(250, 400);
        assertThat(summary.verdicts()).containsKeys(ObligationStatus.OBLIGED, ObligationStatus.DISPENSED,
                ObligationStatus.NOT_IN_TARGET);
        LocalDate today = LocalDate.now(clock);

        QuarkusTransaction.requiringNew().run(() -> {
            List<UUID> ids = summary.personIds();
            assertThat(entityManager.createQuery("select count(p) from Person p where p.id in :ids", Long.class)
                    .setParameter("ids", ids).getSingleResult()).isEqualTo(ids.size());
            assertThat(entityManager.createQuery(
                    "select count(p) from Person p where p.id in :ids and p.nationalNumber is null", Long.class)
                    .setParameter("ids", ids).getSingleResult()).as("persons without a national number")
                    .isPositive();
            Set<String> nationalities = new HashSet<>(entityManager.createQuery(
                    "select distinct p.nationality from Person p where p.id in :ids", String.class)
                    .setParameter("ids", ids).getResultList());
            assertThat(nationalities).contains("MA", "SY", "AF", "CD", "CM", "GN", "TR", "UA", "ER", "BR", "IN");

            Set<DeadlineRegime> regimes = EnumSet.noneOf(DeadlineRegime.class);
            List<CaseFile> files = new ArrayList<>();
            for (UUID id : ids) {
                assessments.historyOf(id).stream().map(ObligationAssessment::deadline)
                        .flatMap(java.util.Optional::stream).forEach(deadline -> regimes.add(deadline.regime()));
                files.addAll(caseFiles.filesOf(id));
            }
            assertThat(regimes).as("both deadline regimes").contains(DeadlineRegime.REGIME_2018,
                    DeadlineRegime.REGIME_2025_THREE_YEARS);
            assertThat(files).extracting(CaseFile::criCode).containsAll(Set.of("CRIPEL", "CAI", "CRIC", "CIMB",
                    "CERAIC", "CRIBW", "CRVI", "CRILUX"));
            assertThat(files).extracting(CaseFile::state).containsAll(EnumSet.allOf(CaseFileState.class));
            assertThat(files.stream().flatMap(file -> file.closureReason().stream()).distinct())
                    .as("closure reasons").hasSizeGreaterThanOrEqualTo(4).contains(ClosureReason.NO_LONGER_OBLIGED);
            assertThat(files).filteredOn(file -> file.state() == CaseFileState.TRANSFERRED).allSatisfy(file -> {
                CaseFile successor = caseFiles.filesOf(file.personId()).stream()
                        .filter(other -> file.transferredTo().map(other.id()::equals).orElse(false))
                        .findFirst().orElseThrow();
                assertThat(successor.criCode()).isNotEqualTo(file.criCode());
                assertThat(successor.transferredFrom()).contains(file.id());
            });
            assertThat(files).filteredOn(file -> !file.deadlineExtensions().isEmpty()).isNotEmpty();
            assertThat(files).filteredOn(file -> !file.isObliged()).as("volunteers' files").isNotEmpty();

            int atRisk = 0;
            int overdue = 0;
            int reviewDue = 0;
            for (CaseFile file : files) {
                CaseFileDeadlines deadlines = CaseFileDeadlines.of(file,
                        receptions.findByCaseFile(file.id()).orElse(null),
                        conventions.findByCaseFile(file.id()).orElse(null), enrolments.findByCaseFile(file.id()),
                        interviews.findByCaseFile(file.id()), ledger.attendanceOf(file));
                atRisk += WorkQueue.AT_RISK.contains(deadlines, today) ? 1 : 0;
                overdue += WorkQueue.OVERDUE.contains(deadlines, today) ? 1 : 0;
                reviewDue += WorkQueue.REVIEW_DUE.contains(deadlines, today) ? 1 : 0;
            }
            assertThat(atRisk).as("files at risk").isPositive();
            assertThat(overdue).as("overdue files").isPositive();
            assertThat(reviewDue).as("files with an interview due").isPositive();
            assertThat(files).hasSize(summary.files().size());
        });
    }

    @Test
    void theGeneratorIsDeterministicAndIdempotent() {
        assertThat(demoCaseFiles.plan()).isEqualTo(demoCaseFiles.plan());
        long before = QuarkusTransaction.requiringNew().call(
                () -> entityManager.createQuery("select count(p) from Person p", Long.class).getSingleResult());
        DemoCaseFiles.Summary second = demoCaseFiles.generate();
        assertThat(second.personIds()).isEmpty();
        long after = QuarkusTransaction.requiringNew().call(
                () -> entityManager.createQuery("select count(p) from Person p", Long.class).getSingleResult());
        assertThat(after).isEqualTo(before);
    }
}
