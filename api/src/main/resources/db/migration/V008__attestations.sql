-- The final attestation (attestation de fréquentation), its frozen content, and the copies due to communes and CPAS
-- (docs/rules.md, Attestations; docs/adr/0011-transmission-cursor.md). The tables mirror the JPA mappings of
-- domain.attestation (Hibernate validates them at start-up). The content is kept in columns, not as JSON: it is
-- checked here like every other table, and the PDF (with its SHA-256) is the document of record.

-- The counter behind the attestation numbers, per CRI and year (CRIPEL-2026-00042). A number is allocated by
-- "insert ... on conflict do update ... returning": the row stays locked until the issuing transaction ends, so two
-- transactions never receive the same number, and a rolled-back transaction gives its number back.
create table attestation_counter (
    cri_code   varchar(10) not null references cri (code),
    year       integer     not null,
    last_value bigint      not null,
    primary key (cri_code, year),
    constraint attestation_counter_positive check (last_value > 0)
);

create table attestation (
    id                   uuid         primary key,
    case_file_id         uuid         not null references case_file (id),
    person_id            uuid         not null references person (id),
    number               varchar(30)  not null,
    verification_code    varchar(14)  not null,
    -- the content, frozen at issue
    last_name            varchar(200) not null,
    first_names          varchar(200) not null,
    birth_date           date         not null,
    nationality          varchar(2)   not null,
    national_number      varchar(11),
    cri_code             varchar(10)  not null references cri (code),
    cri_name             varchar(200) not null,
    cri_address          varchar(300) not null,
    file_opened_on       date         not null,
    convention_signed_on date         not null,
    completed_on         date         not null,
    issued_on            date         not null,
    participation        varchar(20)  not null,
    officer_name         varchar(200) not null,
    -- the issue, the document and its revocation
    issued_by            varchar(100) not null,
    issued_at            timestamptz  not null,
    pdf                  bytea        not null,
    pdf_sha256           varchar(64)  not null,
    revoked_at           timestamptz,
    revoked_by           varchar(100),
    revocation_reason    text,
    version              bigint       not null default 0,
    constraint attestation_number_uq unique (number),
    constraint attestation_verification_code_uq unique (verification_code),
    constraint attestation_number_format check (number ~ '^[A-Z]{2,10}-[0-9]{4}-[0-9]{5,}$'
                                                and number like cri_code || '-%'),
    constraint attestation_verification_code_format check (
        verification_code ~ '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
    constraint attestation_participation check (participation in ('OBLIGED', 'VOLUNTEER')),
    constraint attestation_pdf_sha256_format check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    constraint attestation_revocation_complete check ((revoked_at is null) = (revoked_by is null)
                                                      and (revoked_at is null) = (revocation_reason is null))
);
-- One attestation in force per case file (a revoked one does not count).
create unique index attestation_case_file_uq on attestation (case_file_id) where revoked_at is null;
-- A CRI's attestations, the latest first.
create index attestation_cri_idx on attestation (cri_code, issued_on desc);

-- What an issued attestation states never changes: only its revocation (once) and its version may.
create function attestation_frozen() returns trigger language plpgsql as $$
begin
    if (old.id, old.case_file_id, old.person_id, old.number, old.verification_code, old.last_name, old.first_names,
        old.birth_date, old.nationality, old.national_number, old.cri_code, old.cri_name, old.cri_address,
        old.file_opened_on, old.convention_signed_on, old.completed_on, old.issued_on, old.participation,
        old.officer_name, old.issued_by, old.issued_at, old.pdf_sha256)
       is distinct from
       (new.id, new.case_file_id, new.person_id, new.number, new.verification_code, new.last_name, new.first_names,
        new.birth_date, new.nationality, new.national_number, new.cri_code, new.cri_name, new.cri_address,
        new.file_opened_on, new.convention_signed_on, new.completed_on, new.issued_on, new.participation,
        new.officer_name, new.issued_by, new.issued_at, new.pdf_sha256)
       or old.pdf is distinct from new.pdf then
        raise exception 'an issued attestation is frozen';
    end if;
    if old.revoked_at is not null and (old.revoked_at, old.revoked_by, old.revocation_reason)
                                      is distinct from (new.revoked_at, new.revoked_by, new.revocation_reason) then
        raise exception 'a revoked attestation stays revoked';
    end if;
    return new;
end
$$;

create trigger attestation_frozen before update on attestation
    for each row execute function attestation_frozen();

-- Each required axis of an attestation, with its hours or its equivalence (an element collection, in order).
create table attestation_axis (
    attestation_id     uuid          not null references attestation (id),
    position           integer       not null,
    axis               varchar(30)   not null,
    completed_on       date,
    hours_attended     numeric(7, 2),
    hours_required     numeric(7, 2),
    equivalence_kind   varchar(30),
    equivalence_on     date,
    equivalence_issuer varchar(200),
    primary key (attestation_id, position),
    constraint attestation_axis_uq unique (attestation_id, axis),
    constraint attestation_axis_axis check (axis in ('RECEPTION', 'CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL')),
    constraint attestation_axis_hours check ((hours_attended is null) = (hours_required is null)
                                             and hours_attended >= 0 and hours_required > 0),
    constraint attestation_axis_equivalence_kind check (equivalence_kind in ('A2_CERTIFICATE', 'WORK_RELEASE')),
    constraint attestation_axis_equivalence_complete check ((equivalence_kind is null) = (equivalence_on is null)
                                                            and (equivalence_kind = 'A2_CERTIFICATE')
                                                                = (equivalence_issuer is not null))
);

-- The single counter behind the transmission feed's cursor. The issuing (or revoking) transaction takes the next
-- values with "update ... returning", which locks this row until it ends: cursors therefore become visible in their
-- order, and a recipient polling "after cursor N" never skips a copy committed later with a smaller cursor
-- (docs/adr/0011-transmission-cursor.md). A rolled-back transaction leaves a gap, which skips nothing.
create table transmission_cursor (
    id         integer primary key,
    last_value bigint  not null,
    constraint transmission_cursor_single_row check (id = 1)
);
insert into transmission_cursor (id, last_value) values (1, 0);

-- A copy of an attestation due to a commune or to the CPAS of a commune.
create table transmission (
    id               uuid         primary key,
    attestation_id   uuid         not null references attestation (id),
    recipient_kind   varchar(10)  not null,
    recipient_nis    varchar(5)   not null references commune (nis_code),
    feed_cursor      bigint       not null,
    due_at           timestamptz  not null,
    first_fetched_at timestamptz,
    last_fetched_at  timestamptz,
    fetch_count      integer      not null default 0,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(100),
    version          bigint       not null default 0,
    constraint transmission_recipient_uq unique (attestation_id, recipient_kind),
    constraint transmission_feed_cursor_uq unique (feed_cursor),
    constraint transmission_recipient_kind check (recipient_kind in ('COMMUNE', 'CPAS')),
    constraint transmission_fetches check (fetch_count >= 0
                                           and (fetch_count = 0) = (first_fetched_at is null)
                                           and (first_fetched_at is null) = (last_fetched_at is null)),
    constraint transmission_acknowledgement check ((acknowledged_at is null) = (acknowledged_by is null))
);
-- A recipient's feed, in cursor order.
create index transmission_recipient_feed_idx on transmission (recipient_kind, recipient_nis, feed_cursor);
