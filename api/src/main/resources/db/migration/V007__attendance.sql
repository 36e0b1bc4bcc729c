-- The attendance ledger (issue 5): the hours of each session an operator gives, their corrections, and the
-- equivalences (a certificate of French, a release because the person works) that complete an axis without hours.
-- Mirrors the JPA mappings of be.wallonie.parcours.domain.attendance (Hibernate validates them at start-up).
-- Both tables are append-only: the application has no update or delete path, and the triggers below refuse both (the
-- application's account owns the tables, so REVOKE cannot be used against it; as for audit_event in V005).

-- One line of the ledger: a session (positive hours) or a correction (a signed change of a session's hours, with its
-- reason, dated on the session's day). The enrolment's case file, person, operator and axis are copied on the line so
-- that the totals of a day, an axis or an operator are read without a join. Hours are in quarter hours.
create table attendance_entry (
    id            uuid          primary key,
    kind          varchar(20)   not null,
    enrolment_id  uuid          not null references enrolment (id),
    case_file_id  uuid          not null references case_file (id),
    person_id     uuid          not null references person (id),
    operator_code varchar(40)   not null references operator (code),
    axis          varchar(30)   not null,
    session_date  date          not null,
    hours         numeric(5, 2) not null,
    corrects      uuid          references attendance_entry (id),
    reason        text,
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null,
    constraint attendance_entry_kind check (kind in ('SESSION', 'CORRECTION')),
    constraint attendance_entry_axis check (axis in ('CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL')),
    constraint attendance_entry_quarter_hours check (hours * 4 = trunc(hours * 4)),
    constraint attendance_entry_session check (kind <> 'SESSION'
                                               or (hours > 0 and hours <= 24 and corrects is null and reason is null)),
    constraint attendance_entry_correction check (kind <> 'CORRECTION'
                                                  or (hours <> 0 and hours between -24 and 24 and corrects is not null
                                                      and reason is not null and btrim(reason) <> ''))
);
-- A person's total of a day, every file, axis and operator (the daily maximum).
create index attendance_entry_person_day_idx on attendance_entry (person_id, session_date);
create index attendance_entry_enrolment_idx on attendance_entry (enrolment_id, session_date, recorded_at);
create index attendance_entry_case_file_idx on attendance_entry (case_file_id, session_date, recorded_at);
-- An operator's export, by session date.
create index attendance_entry_operator_idx on attendance_entry (operator_code, session_date, recorded_at);
create index attendance_entry_corrects_idx on attendance_entry (corrects) where corrects is not null;

-- What completes an axis of a case file without its hours.
create table axis_equivalence (
    id           uuid         primary key,
    case_file_id uuid         not null references case_file (id),
    kind         varchar(30)  not null,
    axis         varchar(30)  not null,
    effective_on date         not null,
    level        varchar(10),
    issuer       varchar(200),
    evidence     text,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null,
    constraint axis_equivalence_kind check (
        (kind = 'FRENCH_CERTIFICATE' and axis = 'FRENCH' and level in ('A2', 'B1', 'B2', 'C1', 'C2')
         and issuer is not null and evidence is null)
        or (kind = 'WORK_RELEASE' and axis = 'SOCIO_PROFESSIONAL' and level is null and issuer is null
            and evidence is not null))
);
create index axis_equivalence_case_file_idx on axis_equivalence (case_file_id, effective_on);

create function attendance_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end
$$;

create trigger attendance_entry_append_only before update or delete on attendance_entry
    for each statement execute function attendance_append_only();
create trigger axis_equivalence_append_only before update or delete on axis_equivalence
    for each statement execute function attendance_append_only();
