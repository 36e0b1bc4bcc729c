-- A transfer hands the person over for good (docs/adr/0031-transfer-snapshot-and-document-bound-verification.md,
-- amending 0013). Two things are stored:
--
-- 1. The order in which a person's files were opened (1, 2, 3… per person). A CRI sees a person when it holds the
--    person's latest file, whatever its state, or, for a person with no file at all, when it registered the person.
--    The order is the database's, given by a trigger at insert: instants and days may tie (a transfer opens the new
--    file at the instant it freezes the old one; days can be backdated), an insert order cannot.
-- 2. On a transferred file, the person as the former CRI held it at the transfer, which the file's answers show from
--    then on instead of the person's live record: the former CRI keeps its own history, not the person.

alter table case_file add column opening_order integer;

-- The files already there, in the order they were opened: the first event's instant, and a file transferred in after
-- the file it continues.
update case_file f
   set opening_order = ordered.n
  from (select c.id,
               row_number() over (partition by c.person_id
                                  order by (select min(e.recorded_at) from case_file_event e where e.case_file_id = c.id),
                                           c.transferred_from is not null, c.opened_on, c.id) as n
          from case_file c) ordered
 where ordered.id = f.id;

alter table case_file alter column opening_order set not null;
alter table case_file add constraint case_file_opening_order_positive check (opening_order > 0);
-- The person's latest file, read in one index probe by the visibility rule.
create unique index case_file_person_opening_order_uq on case_file (person_id, opening_order desc) include (cri_code);

create function case_file_next_opening_order() returns trigger
    language plpgsql as $$
begin
    -- the files of one person are opened one at a time: a second current file fails the exclusion constraint, and a
    -- transfer locks the file it freezes; the unique index refuses a duplicate order all the same
    new.opening_order := coalesce((select max(opening_order) from case_file where person_id = new.person_id), 0) + 1;
    return new;
end;
$$;

create trigger case_file_opening_order before insert on case_file
    for each row execute function case_file_next_opening_order();

-- The person as the former CRI's file shows it after the transfer: what GET /caseFiles/{id} and the lists answered at
-- that moment (name, birth date, nationality, and the CRI of the commune of residence), no more.
alter table case_file
    add column held_last_name     varchar(200),
    add column held_first_names   varchar(200),
    add column held_birth_date    date,
    add column held_nationality   varchar(2),
    add column held_residence_cri varchar(10);

-- Files transferred before this migration: the best copy left is the person as now (documented in ADR 0031).
update case_file f
   set held_last_name = p.last_name,
       held_first_names = p.first_names,
       held_birth_date = p.birth_date,
       held_nationality = p.nationality,
       held_residence_cri = (select case when c.german_speaking then 'DG' else c.cri_code end
                               from commune c where c.nis_code = p.commune_nis)
  from person p
 where p.id = f.person_id and f.state = 'TRANSFERRED';

alter table case_file add constraint case_file_held_person check (
    (state = 'TRANSFERRED') = (held_last_name is not null)
    and (held_last_name is null) = (held_first_names is null)
    and (held_last_name is null) = (held_birth_date is null)
    and (held_last_name is null) = (held_nationality is null));
