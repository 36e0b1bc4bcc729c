-- Idempotent postings of the operators (issue 5, docs/adr/0014-idempotent-postings.md).
--
-- idempotency_record: one row per Idempotency-Key a tenant (an operator's code) used, with the request it answered
-- (the endpoint and the SHA-256 of the canonical request) and the answer given (status and body), so that the same key
-- with the same request is answered again without recording anything, and with another request is refused. The row is
-- claimed (inserted without an answer) at the start of the posting's transaction and completed in it: a concurrent
-- posting with the same key waits on the primary key until the first commits, then reads its answer (or, if the first
-- rolled back, claims the key itself). A posting refused (4xx) rolls back and leaves no row: the key may be used again.
create table idempotency_record (
    tenant          varchar(40)  not null,
    idempotency_key varchar(200) not null,
    endpoint        varchar(300) not null,
    request_hash    char(64),
    response_status integer,
    response_body   text,
    created_at      timestamptz  not null,
    primary key (tenant, idempotency_key),
    constraint idempotency_record_answer check ((request_hash is null) = (response_status is null)
                                                and (response_status is null) = (response_body is null))
);

-- What an operator said of a session besides its hours: its own reference of the line (from an imported file) and a
-- free note. Kept beside the append-only ledger, one row per session, never changed. A reference is unique per
-- operator: a line sent again in another file is recognised and skipped.
create table attendance_annotation (
    entry_id      uuid         primary key references attendance_entry (id),
    operator_code varchar(40)  not null references operator (code),
    reference     varchar(100),
    note          text,
    constraint attendance_annotation_something check (reference is not null or note is not null)
);
create unique index attendance_annotation_reference_idx on attendance_annotation (operator_code, reference)
    where reference is not null;

create trigger attendance_annotation_append_only before update or delete on attendance_annotation
    for each statement execute function attendance_append_only();
