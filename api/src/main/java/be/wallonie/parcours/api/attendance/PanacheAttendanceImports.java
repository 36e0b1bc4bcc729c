package be.wallonie.parcours.api.attendance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGConnection;

import be.wallonie.parcours.domain.attendance.AttendanceRefusedException.Reason;

/**
 * The set-based side of an operator's import, in PostgreSQL (docs/adr/0018-attendance-running-totals.md): the lines
 * read are {@code COPY}ed, as they stream, into a staging table of the transaction ({@code on commit drop}); the
 * checks that need the database are statements over the whole table; the lines accepted are inserted into the ledger
 * (and its annotations) by one statement each, the trigger of V013 keeping the running totals. Every statement runs on
 * the transaction's connection, so that nothing is written when the import rolls back.
 * <p>
 * The checks mirror {@code AttendanceLedger.recordSession}, in its order: the enrolment is the operator's (else the
 * line names an unknown enrolment), the operator is recognised for the axis, the convention is signed and requires the
 * axis, the file is in progress, the session is within the enrolment and not after today, and the person's day stays
 * within the daily maximum, counting the ledger and the file's lines before it. A line whose reference the operator
 * already imported is a duplicate, checked first.
 */
@ApplicationScoped
public class PanacheAttendanceImports {

    /** Rows read at a time from the staging table. */
    static final int FETCH_SIZE = 1_000;
    static final String DUPLICATE = "DUPLICATE";
    static final String UNKNOWN_ENROLMENT = "UNKNOWN_ENROLMENT";
    /**
     * The first key of the transaction-level advisory lock that lets one import of an operator at a time check and
     * record its lines (the second is the hash of the operator's code); the staging of the lines runs concurrently.
     */
    static final int IMPORT_LOCK = 18;
    private static final String STAGING = "attendance_import_line";

    private final EntityManager entityManager;

    PanacheAttendanceImports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A line of the file the database refused, with the rule (a {@link Reason} name, or {@link #UNKNOWN_ENROLMENT}). */
    public record LineRefusal(long line, String outcome) {
    }

    /** What the import recorded: the lines, the case files and persons it touched. */
    public record Recorded(long lines, List<UUID> caseFileIds, List<UUID> personIds) {
    }

    /**
     * Creates the staging table and copies the lines into it as {@code lines} streams: one {@code COPY}, memory flat.
     *
     * @return the lines staged
     */
    public long stage(Iterator<CsvLineResult> lines) {
        entityManager.flush();
        return session().doReturningWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        create temporary table if not exists %s (
                            line         bigint        primary key,
                            entry_id     uuid          not null,
                            enrolment_id uuid          not null,
                            session_date date          not null,
                            hours        numeric(5, 2) not null,
                            reference    varchar(100),
                            outcome      varchar(40)
                        ) on commit drop""".formatted(STAGING));
            }
            long copied;
            try {
                copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy " + STAGING
                                + " (line, entry_id, enrolment_id, session_date, hours, reference) from stdin",
                        new CopyText(lines), 64 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze " + STAGING);
            }
            return copied;
        });
    }

    /**
     * Checks every staged line against the ledger, in set-based statements. First waits for the operator's other
     * imports to end ({@link #IMPORT_LOCK}), so that a line another file of the operator recorded meanwhile is seen as a
     * duplicate and skipped, not recorded twice or refused by the references' unique index; then locks, in id order, the
     * case files of the operator's enrolments the file names (as a single posting does) before reading their state and
     * totals. Locks are always taken in this order (the key, the operator's imports, the case files by id): two imports
     * cannot deadlock (docs/adr/0024-database-away-and-races.md).
     */
    public void check(String operatorCode, LocalDate today, BigDecimal maxHoursPerDay) {
        session().doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(" + IMPORT_LOCK + ", hashtext(?))")) {
                lock.setString(1, operatorCode);
                lock.execute();
            }
            update(connection, """
                    update %s s set outcome = '%s' from attendance_annotation a
                    where a.operator_code = ? and a.reference = s.reference""".formatted(STAGING, DUPLICATE),
                    operatorCode);
            update(connection, """
                    update %s s set outcome = '%s' where outcome is null and not exists (
                        select 1 from enrolment e where e.id = s.enrolment_id and e.operator_code = ?)"""
                    .formatted(STAGING, UNKNOWN_ENROLMENT), operatorCode);
            try (PreparedStatement lock = connection.prepareStatement("""
                    select f.id from case_file f
                    where f.id in (select e.case_file_id from %s s join enrolment e on e.id = s.enrolment_id
                                   where s.outcome is null)
                    order by f.id for update of f""".formatted(STAGING))) {
                lock.execute();
            }
            // the enrolment's rules once per enrolment, the session's per line; only the lines refused are written
            update(connection, """
                    with enrolments as (
                        select e.id, e.start_date, e.end_date, case
                            when not exists (select 1 from operator_recognition r
                                             where r.operator_code = e.operator_code and r.axis = e.axis)
                                then '%2$s'
                            when c.status is distinct from 'SIGNED' then '%3$s'
                            when not exists (select 1 from convention_version_axis va
                                             where va.axis = e.axis and va.convention_version_id = (
                                                 select v.id from convention_version v where v.convention_id = c.id
                                                 order by v.number desc limit 1))
                                then '%4$s'
                            when f.state <> 'IN_PROGRESS' then '%5$s'
                            end as outcome
                        from enrolment e
                        join case_file f on f.id = e.case_file_id
                        left join convention c on c.case_file_id = f.id
                        where e.id in (select enrolment_id from %1$s where outcome is null))
                    update %1$s s set outcome = r.outcome
                    from (select s.line, case
                              when n.outcome is not null then n.outcome
                              when s.session_date < n.start_date then '%6$s'
                              when n.end_date is not null and s.session_date > n.end_date then '%7$s'
                              when s.session_date > ? then '%8$s'
                              end as outcome
                          from %1$s s join enrolments n on n.id = s.enrolment_id
                          where s.outcome is null) r
                    where r.outcome is not null and s.line = r.line""".formatted(STAGING,
                    Reason.OPERATOR_NOT_RECOGNISED, Reason.CONVENTION_NOT_SIGNED, Reason.AXIS_NOT_REQUIRED,
                    Reason.FILE_NOT_IN_PROGRESS, Reason.BEFORE_ENROLMENT_START, Reason.AFTER_ENROLMENT_END,
                    Reason.SESSION_IN_FUTURE), today);
            checkDailyMaximum(connection, maxHoursPerDay);
        });
    }

    /**
     * The person's day, every axis and operator, with the lines before: each line in the file's order is accepted while
     * the day stays within the maximum, counting the ledger's total and the lines accepted before it.
     */
    private static void checkDailyMaximum(Connection connection, BigDecimal maxHoursPerDay) throws SQLException {
        List<Long> refused = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select s.line, f.person_id, s.session_date, s.hours, coalesce(t.hours, 0)
                from %s s
                join enrolment e on e.id = s.enrolment_id
                join case_file f on f.id = e.case_file_id
                left join attendance_person_day_total t on t.person_id = f.person_id and t.day = s.session_date
                where s.outcome is null
                order by f.person_id, s.session_date, s.line""".formatted(STAGING))) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = query.executeQuery()) {
                Object person = null;
                Object day = null;
                BigDecimal total = BigDecimal.ZERO;
                while (rows.next()) {
                    if (!rows.getObject(2).equals(person) || !rows.getObject(3).equals(day)) {
                        person = rows.getObject(2);
                        day = rows.getObject(3);
                        total = rows.getBigDecimal(5);
                    }
                    BigDecimal after = total.add(rows.getBigDecimal(4));
                    if (after.compareTo(maxHoursPerDay) > 0) {
                        refused.add(rows.getLong(1));
                    } else {
                        total = after;
                    }
                }
            }
        }
        if (!refused.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update %s set outcome = '%s' where line = any(?)".formatted(STAGING,
                            Reason.DAILY_MAXIMUM_EXCEEDED))) {
                update.setArray(1, connection.createArrayOf("bigint", refused.toArray()));
                update.executeUpdate();
            }
        }
    }

    /** The lines refused by a rule (not the duplicates), in the file's order, to {@code each}. */
    public void refusals(Consumer<LineRefusal> each) {
        session().doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select line, outcome from %s where outcome is not null and outcome <> '%s' order by line"
                            .formatted(STAGING, DUPLICATE))) {
                query.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        each.accept(new LineRefusal(rows.getLong(1), rows.getString(2)));
                    }
                }
            }
        });
    }

    /** The lines skipped because their reference was already imported. */
    public long duplicates() {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select count(*) from %s where outcome = '%s'".formatted(STAGING, DUPLICATE));
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * Records the lines accepted: their entries (the running totals follow by the trigger), their references, and a
     * new version of each case file they touched.
     */
    public Recorded record(String operatorCode, String by, Instant at) {
        return session().doReturningWork(connection -> {
            long lines = update(connection, """
                    insert into attendance_entry (id, kind, enrolment_id, case_file_id, person_id, operator_code,
                                                  axis, session_date, hours, recorded_by, recorded_at)
                    select s.entry_id, 'SESSION', s.enrolment_id, e.case_file_id, f.person_id, ?, e.axis,
                           s.session_date, s.hours, ?, ?
                    from %s s
                    join enrolment e on e.id = s.enrolment_id
                    join case_file f on f.id = e.case_file_id
                    where s.outcome is null order by s.line""".formatted(STAGING), operatorCode, by,
                    Timestamp.from(at));
            update(connection, """
                    insert into attendance_annotation (entry_id, operator_code, reference)
                    select entry_id, ?, reference from %s where outcome is null and reference is not null"""
                    .formatted(STAGING), operatorCode);
            List<UUID> files = ids(connection, """
                    update case_file set version = version + 1
                    where id in (select e.case_file_id from %s s join enrolment e on e.id = s.enrolment_id
                                 where s.outcome is null)
                    returning id""".formatted(STAGING));
            List<UUID> persons = files.isEmpty() ? List.of() : ids(connection, """
                    select distinct f.person_id from %s s join enrolment e on e.id = s.enrolment_id
                    join case_file f on f.id = e.case_file_id where s.outcome is null""".formatted(STAGING));
            return new Recorded(lines, files, persons);
        });
    }

    private static List<UUID> ids(Connection connection, String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    /**
     * The lines as {@code COPY}'s text format reads them, produced one line at a time as the file streams: tab
     * between columns, {@code \N} for null, backslash escapes.
     */
    private static final class CopyText extends Reader {

        private final Iterator<CsvLineResult> lines;
        private final StringBuilder pending = new StringBuilder(256);
        private int position;

        CopyText(Iterator<CsvLineResult> lines) {
            this.lines = lines;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int written = 0;
            while (written < length) {
                if (position == pending.length()) {
                    pending.setLength(0);
                    position = 0;
                    if (!lines.hasNext()) {
                        break;
                    }
                    append(lines.next());
                }
                int count = Math.min(length - written, pending.length() - position);
                pending.getChars(position, position + count, buffer, offset + written);
                position += count;
                written += count;
            }
            return written == 0 ? -1 : written;
        }

        private void append(CsvLineResult result) {
            AttendanceCsvLine line = result.line();
            pending.append(result.lineNumber()).append('\t')
                    .append(UUID.randomUUID()).append('\t')
                    .append(line.enrolmentId()).append('\t')
                    .append(line.sessionDate()).append('\t')
                    .append(line.hours().value().toPlainString()).append('\t');
            if (line.reference() == null) {
                pending.append("\\N");
            } else {
                escape(line.reference());
            }
            pending.append('\n');
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> pending.append("\\\\");
                    case '\t' -> pending.append("\\t");
                    case '\n' -> pending.append("\\n");
                    case '\r' -> pending.append("\\r");
                    default -> pending.append(c);
                }
            }
        }

        @Override
        public void close() {
            // the file is closed by its reader
        }
    }
}
