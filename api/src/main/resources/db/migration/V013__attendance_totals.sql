-- The ledger's running totals (issue 11, docs/adr/0018-attendance-running-totals.md): the net hours of each person's
-- day (the daily maximum, every file, axis and operator together), of each enrolment's day, and of each case file's
-- axis and day (the day an axis reached its requirement). They are kept by a statement-level trigger on the
-- append-only attendance_entry, in the transaction that inserts the entries, whoever inserts them (a posting, the
-- import's set-based insert, a COPY). A correction adds its signed hours to its session's day. A day whose entries net
-- to 0 keeps its row, at 0.

create table attendance_person_day_total (
    person_id uuid          not null references person (id),
    day       date          not null,
    hours     numeric(9, 2) not null,
    primary key (person_id, day)
);

create table attendance_enrolment_day_total (
    enrolment_id uuid          not null references enrolment (id),
    day          date          not null,
    hours        numeric(9, 2) not null,
    primary key (enrolment_id, day)
);

create table attendance_axis_day_total (
    case_file_id uuid          not null references case_file (id),
    axis         varchar(30)   not null,
    day          date          not null,
    hours        numeric(9, 2) not null,
    primary key (case_file_id, axis, day),
    constraint attendance_axis_day_total_axis check (axis in ('CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL'))
);

-- Adds the entries of one insert statement to the totals: one grouped upsert per table, whatever the number of rows.
-- Rows are upserted in key order, so that two transactions adding to the same days lock them in the same order.
create function attendance_totals_add() returns trigger language plpgsql as $$
begin
    insert into attendance_person_day_total as t (person_id, day, hours)
    select person_id, session_date, sum(hours) from new_entries group by person_id, session_date
    order by person_id, session_date
    on conflict (person_id, day) do update set hours = t.hours + excluded.hours;

    insert into attendance_enrolment_day_total as t (enrolment_id, day, hours)
    select enrolment_id, session_date, sum(hours) from new_entries group by enrolment_id, session_date
    order by enrolment_id, session_date
    on conflict (enrolment_id, day) do update set hours = t.hours + excluded.hours;

    insert into attendance_axis_day_total as t (case_file_id, axis, day, hours)
    select case_file_id, axis, session_date, sum(hours) from new_entries group by case_file_id, axis, session_date
    order by case_file_id, axis, session_date
    on conflict (case_file_id, axis, day) do update set hours = t.hours + excluded.hours;
    return null;
end
$$;

create trigger attendance_entry_totals after insert on attendance_entry
    referencing new table as new_entries
    for each statement execute function attendance_totals_add();

-- Recomputes every total from the entries. The migration runs it once (the entries recorded before V013); a bulk
-- loader that COPYs entries with the triggers disabled (session_replication_role = replica) runs
-- `select attendance_totals_rebuild();` afterwards, in the same transaction or before the application starts.
create function attendance_totals_rebuild() returns void language plpgsql as $$
begin
    delete from attendance_person_day_total;
    delete from attendance_enrolment_day_total;
    delete from attendance_axis_day_total;

    insert into attendance_person_day_total (person_id, day, hours)
    select person_id, session_date, sum(hours) from attendance_entry group by person_id, session_date;

    insert into attendance_enrolment_day_total (enrolment_id, day, hours)
    select enrolment_id, session_date, sum(hours) from attendance_entry group by enrolment_id, session_date;

    insert into attendance_axis_day_total (case_file_id, axis, day, hours)
    select case_file_id, axis, session_date, sum(hours) from attendance_entry
    group by case_file_id, axis, session_date;
end
$$;

select attendance_totals_rebuild();
