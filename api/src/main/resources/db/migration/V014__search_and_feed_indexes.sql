-- The person search, the case-file statistics and the transmission feed at the Region's size after ten years
-- (200,000 persons, 175,000 case files, 400,000 copies): docs/benchmarks/search-statistics-feed.md has the plans and
-- timings before and after each index.

-- Person search by a fragment of 3 letters or digits or more, anywhere in the normalised names (like '%amra%'): trigram
-- indexes, which a B-tree cannot serve. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the
-- database's owner may create it.
create extension if not exists pg_trgm;
create index person_normalised_last_name_trgm_idx on person using gin (normalised_last_name gin_trgm_ops);
create index person_normalised_first_names_trgm_idx on person using gin (normalised_first_names gin_trgm_ops);
-- Search by birth date alone (the name index starts with the names).
create index person_birth_date_idx on person (birth_date);

-- The person's visibility to a CRI, decided from the person's own files in one index-only read (its current file,
-- and whether the CRI held one); this index replaces case_file_person_idx (person_id, cri_code), its prefix.
create index case_file_person_state_idx on case_file (person_id, cri_code, state);
drop index if exists case_file_person_idx;

-- Statistics: the files kept counted by CRI, month of opening and state today. Counting the files themselves reads
-- every file of the Region (175,000 index entries, about 50 ms) for the analyst's figures by state; these counts are
-- at most 8 CRIs x 9 states x the months of the programme. Kept by triggers in the transaction that changes a file,
-- so they are always exact: an insert or a delete statement applies its difference once (transition tables, so a
-- bulk load pays once); an update, only when it changes the CRI, the state or the opening day of a file. A counter
-- row is locked until the changing transaction ends: two transactions that open or move files of the same CRI,
-- month and state wait for each other for that long (milliseconds). Keys are always applied in the same order.
create table case_file_count (
    cri_code     varchar(10) not null references cri (code),
    opened_month date        not null,
    state        varchar(30) not null,
    files        bigint      not null,
    primary key (cri_code, opened_month, state),
    -- files never goes below zero, but is not checked: the update trigger proposes -1 before it meets the row
    constraint case_file_count_month check (opened_month = date_trunc('month', opened_month)::date)
);
insert into case_file_count (cri_code, opened_month, state, files)
select cri_code, date_trunc('month', opened_on)::date, state, count(*) from case_file group by 1, 2, 3;

create function case_file_count_inserted() returns trigger language plpgsql as $$
begin
    insert into case_file_count as c (cri_code, opened_month, state, files)
    select cri_code, date_trunc('month', opened_on)::date, state, count(*) from inserted_files
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (cri_code, opened_month, state) do update set files = c.files + excluded.files;
    return null;
end
$$;

create function case_file_count_deleted() returns trigger language plpgsql as $$
begin
    update case_file_count c set files = c.files - d.files
    from (select cri_code, date_trunc('month', opened_on)::date as opened_month, state, count(*) as files
          from deleted_files group by 1, 2, 3 order by 1, 2, 3) d
    where c.cri_code = d.cri_code and c.opened_month = d.opened_month and c.state = d.state;
    return null;
end
$$;

create function case_file_count_updated() returns trigger language plpgsql as $$
declare
    old_month date := date_trunc('month', old.opened_on)::date;
    new_month date := date_trunc('month', new.opened_on)::date;
begin
    insert into case_file_count as c (cri_code, opened_month, state, files)
    values (old.cri_code, old_month, old.state, -1), (new.cri_code, new_month, new.state, 1)
    order by 1, 2, 3
    on conflict (cri_code, opened_month, state) do update set files = c.files + excluded.files;
    return null;
end
$$;

create function case_file_count_truncated() returns trigger language plpgsql as $$
begin
    delete from case_file_count;
    return null;
end
$$;

create trigger case_file_count_inserted after insert on case_file
    referencing new table as inserted_files for each statement execute function case_file_count_inserted();
create trigger case_file_count_deleted after delete on case_file
    referencing old table as deleted_files for each statement execute function case_file_count_deleted();
create trigger case_file_count_updated after update on case_file for each row
    when (old.cri_code is distinct from new.cri_code or old.state is distinct from new.state
          or old.opened_on is distinct from new.opened_on)
    execute function case_file_count_updated();
create trigger case_file_count_truncated after truncate on case_file
    for each statement execute function case_file_count_truncated();

-- The feed of the copies a recipient has not acknowledged yet, in cursor order: without it, a clerk's list of copies
-- to acknowledge reads every acknowledged copy of the commune first.
create index transmission_unacknowledged_feed_idx on transmission (recipient_kind, recipient_nis, feed_cursor)
    where acknowledged_at is null;
