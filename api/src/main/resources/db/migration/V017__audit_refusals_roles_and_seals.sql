-- The audit trail records refusals and cannot be rewritten by the application (docs/adr/0028).
--
-- 1. refusal_event: refused access to a record (403, and the 404 answered for a record the caller may not see),
--    refused sign-ins and the national-number duplicate probe. Identifiers only, like audit_event.
-- 2. Every audit row carries the SHA-256 of its content (row_hash), set by a trigger at insert; each closed day (UTC)
--    is sealed in audit_seal with the digest of its rows' hashes, chained to the previous seal. audit_verify() names
--    the days that hold and the first row or day that does not.
-- 3. The application's role (${application_role}, the datasource's user) may read and append to the audit tables,
--    never update, delete, truncate them, nor alter their triggers (only their owner, the role that runs these
--    migrations, could). When the application connects as the owner itself, nothing is granted and a warning says so.

create table refusal_event (
    id             uuid         primary key,
    occurred_at    timestamptz  not null,
    kind           varchar(20)  not null,
    actor          varchar(100) not null,
    role           varchar(30),
    tenant         varchar(40),
    endpoint       varchar(200) not null,
    resource_kind  varchar(40),
    resource_id    varchar(40),
    status         smallint     not null,
    reason         varchar(40)  not null,
    client_address varchar(64),
    row_hash       bytea        not null,
    constraint refusal_event_kind check (kind in ('ACCESS', 'SIGN_IN', 'DUPLICATE_PROBE')),
    constraint refusal_event_endpoint_template check (endpoint ~ '^(GET|POST|PUT|PATCH|DELETE) /[A-Za-z./{}]*$'),
    -- a UUID, a NIS code or an upper-case code: never what a client typed in a path (a national number, a name)
    constraint refusal_event_resource_id check (resource_id ~ '^([0-9a-fA-F-]{36}|[0-9]{5}|[A-Z0-9_-]*[A-Z][A-Z0-9_-]*)$'),
    constraint refusal_event_status check (status between 400 and 499),
    constraint refusal_event_reason check (reason ~ '^[a-z-]+$')
);
-- Who was refused what, the latest first (the administrator's questions: this user, this record).
create index refusal_event_actor_idx on refusal_event (actor, occurred_at desc);
create index refusal_event_resource_idx on refusal_event (resource_id, occurred_at desc) where resource_id is not null;

create trigger refusal_event_append_only before update or delete on refusal_event
    for each statement execute function audit_event_append_only();

-- No truncation either, even by the owner by mistake (the application's role may not truncate at all).
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
create trigger administration_event_no_truncate before truncate on administration_event
    for each statement execute function audit_event_append_only();
create trigger refusal_event_no_truncate before truncate on refusal_event
    for each statement execute function audit_event_append_only();

-- --- Each row's hash ---------------------------------------------------------------------------------------------
-- The text hashed is the row's columns, each quoted (quote_nullable: NULL and '' differ, a '|' inside a value cannot
-- shift the fields), the instant as epoch seconds (independent of the session's time zone and date style).
alter table audit_event add column row_hash bytea;
alter table administration_event add column row_hash bytea;

create function audit_event_digest(e audit_event) returns bytea language sql immutable parallel safe as $$
    select sha256(convert_to(concat_ws('|', quote_nullable(e.id), quote_nullable(extract(epoch from e.occurred_at)),
        quote_nullable(e.actor), quote_nullable(e.role), quote_nullable(e.tenant), quote_nullable(e.endpoint),
        quote_nullable(e.person_id), quote_nullable(e.action), quote_nullable(e.outcome)), 'UTF8'))
$$;

create function administration_event_digest(e administration_event) returns bytea language sql immutable
    parallel safe as $$
    select sha256(convert_to(concat_ws('|', quote_nullable(e.id), quote_nullable(extract(epoch from e.occurred_at)),
        quote_nullable(e.actor), quote_nullable(e.subject_kind), quote_nullable(e.subject_id), quote_nullable(e.action),
        quote_nullable(e.changed_fields)), 'UTF8'))
$$;

create function refusal_event_digest(e refusal_event) returns bytea language sql immutable parallel safe as $$
    select sha256(convert_to(concat_ws('|', quote_nullable(e.id), quote_nullable(extract(epoch from e.occurred_at)),
        quote_nullable(e.kind), quote_nullable(e.actor), quote_nullable(e.role), quote_nullable(e.tenant),
        quote_nullable(e.endpoint), quote_nullable(e.resource_kind), quote_nullable(e.resource_id),
        quote_nullable(e.status), quote_nullable(e.reason), quote_nullable(e.client_address)), 'UTF8'))
$$;

-- Whatever the client sends as row_hash, the trigger writes the hash of what is stored. One SHA-256 of about 200
-- bytes per row, no lock, no read: batched inserts stay batched and concurrent ones do not wait for each other.
create function audit_event_hash() returns trigger language plpgsql as $$
begin
    new.row_hash := audit_event_digest(new);
    return new;
end
$$;
create function administration_event_hash() returns trigger language plpgsql as $$
begin
    new.row_hash := administration_event_digest(new);
    return new;
end
$$;
create function refusal_event_hash() returns trigger language plpgsql as $$
begin
    new.row_hash := refusal_event_digest(new);
    return new;
end
$$;

-- The rows written before this migration get their hash now (the append-only triggers are set aside for it).
alter table audit_event disable trigger audit_event_append_only;
update audit_event e set row_hash = audit_event_digest(e);
alter table audit_event enable trigger audit_event_append_only;
alter table administration_event disable trigger administration_event_append_only;
update administration_event e set row_hash = administration_event_digest(e);
alter table administration_event enable trigger administration_event_append_only;
alter table audit_event alter column row_hash set not null;
alter table administration_event alter column row_hash set not null;

create trigger audit_event_hash before insert on audit_event
    for each row execute function audit_event_hash();
create trigger administration_event_hash before insert on administration_event
    for each row execute function administration_event_hash();
create trigger refusal_event_hash before insert on refusal_event
    for each row execute function refusal_event_hash();

-- The days are read by time range: a BRIN index is a few pages, and costs nearly nothing at insert (rows arrive in time
-- order).
create index audit_event_occurred_brin on audit_event using brin (occurred_at);
create index administration_event_occurred_brin on administration_event using brin (occurred_at);
create index refusal_event_occurred_brin on refusal_event using brin (occurred_at);

-- Every audit row, from the three tables, with the day (UTC) it belongs to.
create view audit_row as
    select 'audit_event'::text as trail, id::text as id, occurred_at, row_hash from audit_event
    union all
    select 'administration_event', id::text, occurred_at, row_hash from administration_event
    union all
    select 'refusal_event', id::text, occurred_at, row_hash from refusal_event;

-- --- The seals of the closed days ----------------------------------------------------------------------------------
-- One row a day that held audit rows: how many, the SHA-256 of their hashes in (trail, occurred_at, id) order, and
-- the chain: SHA-256(previous seal's chain || day || row count || digest). Written only by audit_seal(), which runs with
-- its owner's rights: the application may call it, not write a seal of its own.
create table audit_seal (
    day       date        primary key,
    row_count bigint      not null,
    digest    bytea       not null,
    chain     bytea       not null,
    sealed_at timestamptz not null
);
create trigger audit_seal_append_only before update or delete or truncate on audit_seal
    for each statement execute function audit_event_append_only();

create function audit_day_start(day date) returns timestamptz language sql immutable parallel safe as $$
    select day::timestamp at time zone 'UTC'
$$;

create function audit_chain(previous bytea, day date, row_count bigint, digest bytea) returns bytea language sql
    immutable parallel safe as $$
    select sha256(coalesce(previous, ''::bytea) || convert_to(to_char(day, 'YYYY-MM-DD') || '|' || row_count, 'UTF8')
        || digest)
$$;

-- Seals every day after the last seal up to yesterday (UTC), once the first hour of today has passed, so that a
-- transaction open across midnight still lands in an open day. Days without rows are not sealed. Returns the seals it wrote.
create function audit_seal() returns table (sealed_day date, sealed_rows bigint, sealed_chain text)
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    through  date := ((now() at time zone 'UTC') - interval '1 hour')::date - 1;
    head     audit_seal%rowtype;
    previous bytea;
    d        record;
begin
    perform pg_advisory_xact_lock(hashtext('audit_seal'));
    select * into head from audit_seal s order by s.day desc limit 1;
    previous := head.chain;
    for d in
        select (r.occurred_at at time zone 'UTC')::date as day, count(*) as row_count,
               sha256(string_agg(r.row_hash, ''::bytea order by r.trail, r.occurred_at, r.id)) as digest
        from audit_row r
        where r.occurred_at >= coalesce(audit_day_start(head.day + 1), '-infinity')
          and r.occurred_at < audit_day_start(through + 1)
        group by 1
        order by 1
    loop
        previous := audit_chain(previous, d.day, d.row_count, d.digest);
        insert into audit_seal (day, row_count, digest, chain, sealed_at)
            values (d.day, d.row_count, d.digest, previous, now());
        sealed_day := d.day;
        sealed_rows := d.row_count;
        sealed_chain := encode(previous, 'hex');
        return next;
    end loop;
end
$$;

-- Checks the days from_day..to_day (UTC) that hold rows or a seal, each answered with a status:
--   INTACT           the rows are those sealed, unchanged, and the seal follows the previous one;
--   ROW_ALTERED      a row's content no longer matches its hash (broken_trail and broken_row name the first one);
--   ROWS_CHANGED     rows were added, removed or rewritten with a new hash since the day was sealed;
--   CHAIN_BROKEN     the seal does not follow its predecessor (a seal was removed or rewritten);
--   UNSEALED_ROWS    rows of a day older than the last seal, without a seal: written after the sealing;
--   OPEN             a day not sealed yet (today, yesterday), whose rows match their hashes.
create function audit_verify(from_day date, to_day date)
    returns table (day date, status text, rows_sealed bigint, rows_found bigint, broken_trail text, broken_row text)
    language sql stable set search_path = public, pg_temp as $$
    with found as (
        select (r.occurred_at at time zone 'UTC')::date as day, count(*) as row_count,
               sha256(string_agg(r.row_hash, ''::bytea order by r.trail, r.occurred_at, r.id)) as digest
        from audit_row r
        where r.occurred_at >= audit_day_start(from_day) and r.occurred_at < audit_day_start(to_day + 1)
        group by 1
    ),
    altered as (
        select distinct on (a.day) a.day, a.trail, a.id
        from (
            select (e.occurred_at at time zone 'UTC')::date as day, 'audit_event' as trail, e.occurred_at, e.id::text as id
            from audit_event e
            where e.occurred_at >= audit_day_start(from_day) and e.occurred_at < audit_day_start(to_day + 1)
              and e.row_hash is distinct from audit_event_digest(e)
            union all
            select (e.occurred_at at time zone 'UTC')::date, 'administration_event', e.occurred_at, e.id::text
            from administration_event e
            where e.occurred_at >= audit_day_start(from_day) and e.occurred_at < audit_day_start(to_day + 1)
              and e.row_hash is distinct from administration_event_digest(e)
            union all
            select (e.occurred_at at time zone 'UTC')::date, 'refusal_event', e.occurred_at, e.id::text
            from refusal_event e
            where e.occurred_at >= audit_day_start(from_day) and e.occurred_at < audit_day_start(to_day + 1)
              and e.row_hash is distinct from refusal_event_digest(e)
        ) a
        order by a.day, a.trail, a.occurred_at, a.id
    ),
    seals as (
        select s.day, s.row_count, s.digest, s.chain,
               audit_chain(lag(s.chain) over (order by s.day), s.day, s.row_count, s.digest) as expected_chain
        from audit_seal s
        where s.day <= to_day
    ),
    head as (select max(s.day) as day from audit_seal s)
    select d.day,
           case
               when a.day is not null then 'ROW_ALTERED'
               when s.day is null and d.day <= (select h.day from head h) then 'UNSEALED_ROWS'
               when s.day is null then 'OPEN'
               when f.day is null or f.row_count <> s.row_count or f.digest <> s.digest then 'ROWS_CHANGED'
               when s.chain <> s.expected_chain then 'CHAIN_BROKEN'
               else 'INTACT'
           end,
           s.row_count, coalesce(f.row_count, 0), a.trail, a.id
    from (select f.day from found f union select s.day from seals s where s.day >= from_day) d
    left join found f on f.day = d.day
    left join seals s on s.day = d.day
    left join altered a on a.day = d.day
    order by d.day
$$;

-- --- The application's role ------------------------------------------------------------------------------------------
do $$
declare
    application text := nullif('${application_role}', '');
begin
    if application is null or application = current_user then
        raise warning 'The application connects as the schema owner (%): the audit trail is not protected against it. '
            'Give it a role of its own (docs/operations.md, "Database roles").', current_user;
        return;
    end if;
    if not exists (select from pg_roles where rolname = application) then
        raise exception 'The application role % does not exist: create it before migrating (docs/operations.md).',
            application;
    end if;
    execute format('grant usage on schema public to %I', application);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', application);
    execute format('grant usage, select on all sequences in schema public to %I', application);
    -- the tables later migrations create, by the role running them, get the same rights
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
        application);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', application);
    -- the audit: read and append, nothing else; the seals: read (audit_seal() writes them); Flyway's history: read
    execute format('revoke update, delete, truncate, references, trigger on audit_event, administration_event, '
        'refusal_event from %I', application);
    execute format('revoke insert, update, delete, truncate, references, trigger on audit_seal from %I', application);
    execute format('revoke insert, update, delete, truncate on ${flyway:table} from %I', application);
end
$$;
