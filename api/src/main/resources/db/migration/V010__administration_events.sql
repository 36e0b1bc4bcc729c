-- The administrators' changes to access reference data: staff accounts created, changed or given a new password,
-- operators created or changed. Identifiers only: the account's id (never its username or name), the operator's code,
-- and the names of the fields that changed, never their values. Append-only, like audit_event.
create table administration_event (
    id             uuid         primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(100) not null,
    subject_kind   varchar(20)  not null,
    subject_id     varchar(100) not null,
    action         varchar(20)  not null,
    changed_fields varchar(300) not null,
    constraint administration_event_subject check (subject_kind in ('USER_ACCOUNT', 'OPERATOR')),
    constraint administration_event_action check (action in ('CREATE', 'UPDATE', 'PASSWORD_RESET')),
    constraint administration_event_fields check (changed_fields ~ '^([A-Za-z]+(,[A-Za-z]+)*)?$')
);
create index administration_event_subject_idx on administration_event (subject_kind, subject_id, occurred_at desc);

create trigger administration_event_append_only before update or delete on administration_event
    for each statement execute function audit_event_append_only();

-- A trainer's operator must exist (the column had no foreign key).
alter table user_account add constraint user_account_operator foreign key (operator_code) references operator (code);
