-- The audit trail: every read and write of a person's data (who, role, tenant, when, endpoint, person, action,
-- outcome). Identifiers only, never a personal value: the endpoint is a template without digits, so neither an id nor
-- a national number can be stored in it. Append-only: the application has no update or delete path, and the trigger
-- below refuses both (the application's account owns the table, so REVOKE cannot be used against it; a DBA who drops
-- the trigger is visible in the schema history).
create table audit_event (
    id          uuid         primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    role        varchar(30)  not null,
    tenant      varchar(40),
    endpoint    varchar(200) not null,
    person_id   uuid         not null,
    action      varchar(20)  not null,
    outcome     varchar(20)  not null,
    constraint audit_event_endpoint_template check (endpoint ~ '^(GET|POST|PUT|PATCH|DELETE) /[A-Za-z/{}]*$'),
    constraint audit_event_action check (action in ('CREATE', 'READ', 'UPDATE', 'SEARCH', 'ASSESS')),
    constraint audit_event_outcome check (outcome in ('SUCCESS'))
);
-- A person's trail, the latest first. No foreign key to person: the trail outlives any correction of the person.
create index audit_event_person_idx on audit_event (person_id, occurred_at desc, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each statement execute function audit_event_append_only();
