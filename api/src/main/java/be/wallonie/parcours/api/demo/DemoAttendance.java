package be.wallonie.parcours.api.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attendance.AttendanceRepository;
import be.wallonie.parcours.domain.attendance.AxisDayTotal;
import be.wallonie.parcours.domain.attendance.AxisEquivalence;
import be.wallonie.parcours.domain.attendance.AxisEquivalenceRepository;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * The attendance ledger of the demo generator: what it records is persisted through the generator's context, and kept
 * in memory for the ledger's own questions (a person's day, a file's entries), so that the generator does not flush
 * and query the database for every session. One instance per generator transaction; the persons it writes are all new.
 */
final class DemoAttendance implements AttendanceRepository {

    private static final Comparator<AttendanceEntry> LEDGER_ORDER = Comparator
            .comparing(AttendanceEntry::sessionDate).thenComparing(AttendanceEntry::recordedAt);

    private final Consumer<Object> persist;
    private final Map<UUID, List<AttendanceEntry>> byPerson = new HashMap<>();
    private final Map<UUID, List<AttendanceEntry>> byCaseFile = new HashMap<>();
    private final Map<UUID, List<AxisEquivalence>> equivalencesByCaseFile = new HashMap<>();
    private final AxisEquivalenceRepository equivalences = new AxisEquivalenceRepository() {

        @Override
        public List<AxisEquivalence> findByCaseFile(UUID caseFileId) {
            return List.copyOf(equivalencesByCaseFile.getOrDefault(caseFileId, List.of()));
        }

        @Override
        public List<AxisEquivalence> findByCaseFiles(Collection<UUID> caseFileIds) {
            return caseFileIds.stream().flatMap(id -> findByCaseFile(id).stream()).toList();
        }

        @Override
        public void add(AxisEquivalence equivalence) {
            persist.accept(equivalence);
            equivalencesByCaseFile.computeIfAbsent(equivalence.caseFileId(), id -> new ArrayList<>()).add(equivalence);
        }
    };
    private final AttendanceLedger ledger;

    DemoAttendance(Consumer<Object> persist) {
        this.persist = persist;
        this.ledger = new AttendanceLedger(this, equivalences, AttendanceLedger.DEFAULT_MAX_HOURS_PER_DAY);
    }

    AttendanceLedger ledger() {
        return ledger;
    }

    @Override
    public Optional<AttendanceEntry> findById(UUID id) {
        return byCaseFile.values().stream().flatMap(List::stream).filter(entry -> entry.id().equals(id)).findFirst();
    }

    @Override
    public List<AttendanceEntry> findByEnrolment(UUID enrolmentId) {
        return byCaseFile.values().stream().flatMap(List::stream)
                .filter(entry -> entry.enrolmentId().equals(enrolmentId)).sorted(LEDGER_ORDER).toList();
    }

    @Override
    public List<AttendanceEntry> findByCaseFile(UUID caseFileId) {
        return byCaseFile.getOrDefault(caseFileId, List.of()).stream().sorted(LEDGER_ORDER).toList();
    }

    @Override
    public BigDecimal totalOnDay(UUID personId, LocalDate day) {
        return byPerson.getOrDefault(personId, List.of()).stream()
                .filter(entry -> entry.sessionDate().equals(day))
                .map(AttendanceEntry::hours)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    @Override
    public BigDecimal netHoursOf(UUID sessionId) {
        return byCaseFile.values().stream().flatMap(List::stream)
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
        throw new UnsupportedOperationException("The demo generator does not list an operator's entries");
    }

    @Override
    public Stream<AttendanceEntry> streamByOperator(String operatorCode, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("The demo generator does not export an operator's entries");
    }

    @Override
    public List<UUID> personsRecordedBy(String operatorCode, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("The demo generator does not export an operator's entries");
    }

    @Override
    public void add(AttendanceEntry entry) {
        persist.accept(entry);
        byPerson.computeIfAbsent(entry.personId(), id -> new ArrayList<>()).add(entry);
        byCaseFile.computeIfAbsent(entry.caseFileId(), id -> new ArrayList<>()).add(entry);
    }
}
