package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The attendance ledger's repositories kept in memory, for the domain's tests. */
public final class InMemoryAttendance implements AttendanceRepository {

    private static final Comparator<AttendanceEntry> LEDGER_ORDER = Comparator
            .comparing(AttendanceEntry::sessionDate).thenComparing(AttendanceEntry::recordedAt);

    private final List<AttendanceEntry> entries = new ArrayList<>();
    private final Equivalences equivalences = new Equivalences();

    /** A ledger over these repositories, with the default maximum of 8 hours a day. */
    public AttendanceLedger ledger() {
        return new AttendanceLedger(this, equivalences, AttendanceLedger.DEFAULT_MAX_HOURS_PER_DAY);
    }

    /** What the ledger holds for {@code caseFile}. */
    public Attendance of(CaseFile caseFile) {
        return Attendance.ofEntries(findByCaseFile(caseFile.id()), equivalences.findByCaseFile(caseFile.id()));
    }

    /** Every entry, in the order they were added. */
    public List<AttendanceEntry> all() {
        return List.copyOf(entries);
    }

    @Override
    public Optional<AttendanceEntry> findById(UUID id) {
        return entries.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    @Override
    public List<AttendanceEntry> findByEnrolment(UUID enrolmentId) {
        return entries.stream().filter(entry -> entry.enrolmentId().equals(enrolmentId)).sorted(LEDGER_ORDER)
                .toList();
    }

    @Override
    public List<AttendanceEntry> findByCaseFile(UUID caseFileId) {
        return entries.stream().filter(entry -> entry.caseFileId().equals(caseFileId)).sorted(LEDGER_ORDER)
                .toList();
    }

    @Override
    public BigDecimal totalOnDay(UUID personId, LocalDate day) {
        return entries.stream()
                .filter(entry -> entry.personId().equals(personId) && entry.sessionDate().equals(day))
                .map(AttendanceEntry::hours)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    @Override
    public BigDecimal netHoursOf(UUID sessionId) {
        return entries.stream()
                .filter(entry -> entry.id().equals(sessionId) || entry.corrects().map(sessionId::equals).orElse(false))
                .map(AttendanceEntry::hours)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    @Override
    public List<AxisDayTotal> dailyTotalsOf(UUID caseFileId) {
        return AxisDayTotal.sumOf(findByCaseFile(caseFileId));
    }

    @Override
    public List<AxisDayTotal> dailyTotalsOf(Collection<UUID> caseFileIds) {
        return caseFileIds.stream().flatMap(id -> dailyTotalsOf(id).stream()).toList();
    }

    @Override
    public Page<AttendanceEntry> findByOperator(String operatorCode, LocalDate from, LocalDate to, Paging paging) {
        List<AttendanceEntry> all = streamByOperator(operatorCode, from, to).toList();
        return Page.of(all.stream().skip(paging.offset()).limit(paging.pageSize()).toList(), paging, all.size());
    }

    @Override
    public Stream<AttendanceEntry> streamByOperator(String operatorCode, LocalDate from, LocalDate to) {
        return entries.stream()
                .filter(entry -> entry.operatorCode().equals(operatorCode) && !entry.sessionDate().isBefore(from)
                        && !entry.sessionDate().isAfter(to))
                .sorted(LEDGER_ORDER);
    }

    @Override
    public List<UUID> personsRecordedBy(String operatorCode, LocalDate from, LocalDate to) {
        return streamByOperator(operatorCode, from, to).map(AttendanceEntry::personId).distinct().toList();
    }

    @Override
    public void add(AttendanceEntry entry) {
        entries.add(entry);
    }

    /** The equivalences, kept in memory. */
    public AxisEquivalenceRepository equivalences() {
        return equivalences;
    }

    private static final class Equivalences implements AxisEquivalenceRepository {

        private final List<AxisEquivalence> all = new ArrayList<>();

        @Override
        public List<AxisEquivalence> findByCaseFile(UUID caseFileId) {
            return all.stream().filter(equivalence -> equivalence.caseFileId().equals(caseFileId))
                    .sorted(Comparator.comparing(AxisEquivalence::effectiveOn)).toList();
        }

        @Override
        public List<AxisEquivalence> findByCaseFiles(Collection<UUID> caseFileIds) {
            return caseFileIds.stream().flatMap(id -> findByCaseFile(id).stream()).toList();
        }

        @Override
        public void add(AxisEquivalence equivalence) {
            all.add(equivalence);
        }
    }
}
