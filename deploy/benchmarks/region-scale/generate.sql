-- The ten-year data set of the region-scale benchmark (issue 11), generated inside PostgreSQL.
--
--   psql -v persons=200000 [-v today=2026-12-06] -f generate.sql
--
-- Deterministic: every draw is a hash of (row number, salt) (hashint8extended), never random(), so the same persons
-- and today give the same rows, whatever the order or parallelism of the plan. Ids are UUIDs made from a table tag and
-- the row number (bench.uid), so the runner can name files without reading them back.
-- Distributions follow docs/demo-data.md (CRIs by the size of their public, nationalities, verdicts, communes with 45 %
-- in the CRI's main city), spread over ten years of registrations: old files are mostly attested or closed, the last
-- three years' files are followed up. Volumes at 200,000 persons: about 175,000 case files (45,000 at CRIPEL),
-- 5 million attendance entries, 95,000 attestations with 165,000 copies to communes and CPAS, 20 million audit rows
-- (all scale linearly with persons).
--
-- Loading: one transaction that truncates every table the application writes and fills it again. On the benchmark
-- server (wal_level=minimal) rows written after a truncate in the same transaction skip the WAL. The foreign keys are
-- checked by triggers, which session_replication_role=replica turns off for the load: the rows are built from their
-- parents, and verify.sql checks every reference afterwards (anti-joins, 15 s at 200,000 persons).
-- Check constraints, unique indexes and exclusion constraints are enforced as usual. The secondary indexes of the
-- largest tables are dropped and built again after the load (faster than maintaining them row by row).
-- CRIs: CRIPEL weighs 26 % instead of the demo's 25 % (and CAI 16 %), so that CRIPEL holds about 45,000 of the
-- 175,000 files at 200,000 persons, as in issue 11; half the persons who are not obliged follow as volunteers.
\set ON_ERROR_STOP on
\if :{?today}
\else
  \set today `date -u +%F`
\endif
\timing on

drop schema if exists bench cascade;
create schema bench;

-- A uniform draw in [0, 1) for row i and salt s: deterministic, parallel-safe, and cheap.
create function bench.r(i bigint, s int) returns float8 immutable parallel safe language sql as
$$ select ((hashint8extended(i, s) >> 12) & 4503599627370495)::float8 / 4503599627370496.0 $$;
-- An integer in [0, n).
create function bench.ri(i bigint, s int, n int) returns int immutable parallel safe language sql as
$$ select floor(bench.r(i, s) * n)::int $$;
-- The id of row i of the table tagged k.
create function bench.uid(k int, i bigint) returns uuid immutable parallel safe language sql as
$$ select (lpad(to_hex(k), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid $$;

create table bench.params as select :persons::int as persons, :'today'::date as today;

-- CRIs by the size of their public (percent, cumulative), their main city and their operators.
create table bench.cri (code text primary key, lo float8, hi float8, city text, ili text, forem text, agent text);
insert into bench.cri values
  ('CRIPEL', 0.00, 0.26, 'Liège', 'ILI-LIEGE', 'FOREM-LIEGE', 'agent.cripel'),
  ('CAI', 0.26, 0.42, 'Namur', 'ILI-NAMUR', 'FOREM-NAMUR', 'agent.cai'),
  ('CRIC', 0.42, 0.56, 'Charleroi', 'ILI-CHARLEROI', 'FOREM-CHARLEROI', 'agent.cric'),
  ('CIMB', 0.56, 0.66, 'Mons', 'ILI-MONS', 'FOREM-MONS', 'agent.cimb'),
  ('CERAIC', 0.66, 0.75, 'La Louvière', 'ILI-CENTRE', 'FOREM-CENTRE', 'agent.ceraic'),
  ('CRIBW', 0.75, 0.84, 'Wavre', 'ILI-BW', 'FOREM-BW', 'agent.cribw'),
  ('CRVI', 0.84, 0.92, 'Verviers', 'ILI-VERVIERS', 'FOREM-VERVIERS', 'agent.crvi'),
  ('CRILUX', 0.92, 1.00001, 'Arlon', 'ILI-LUX', 'FOREM-LUX', 'agent.crilux');

-- The communes of each CRI (index 0: its main city) with one postal locality each.
create table bench.commune as
select c.cri_code as cri, (row_number() over (partition by c.cri_code
                                               order by (c.name_fr = k.city) desc, c.nis_code) - 1)::int as idx,
       c.nis_code as nis, pl.postal_code, pl.locality
from commune c
join bench.cri k on k.code = c.cri_code
join lateral (select postal_code, locality from postal_locality p where p.nis_code = c.nis_code
              order by main_locality desc, postal_code, locality limit 1) pl on true;
create table bench.commune_count as select cri, count(*)::int as n from bench.commune group by cri;

-- Nationalities (percent, cumulative), their language and a few names (ASCII: their normalised form is the lower case).
create table bench.nat (iso text primary key, lo float8, hi float8, lang text, last_names text[], first_names text[]);
insert into bench.nat values
  ('MA', 0.00, 0.15, 'ar', '{Amrani,Benali,Bouzid,Chaoui,El Idrissi,Haddad,Tazi,Zerouali}', '{Yassine,Fatima,Mohamed,Khadija,Omar,Salma,Youssef,Nadia}'),
  ('SY', 0.15, 0.27, 'ar', '{Al Hassan,Darwish,Haddad,Khoury,Mansour,Nasser,Saleh,Shami}', '{Ahmad,Rana,Khaled,Lina,Samir,Hiba,Bilal,Maya}'),
  ('AF', 0.27, 0.38, 'fa', '{Ahmadi,Hakimi,Karimi,Noori,Rahimi,Sultani,Wardak,Zaheer}', '{Farid,Mariam,Hamid,Zahra,Javid,Shabnam,Nabil,Parisa}'),
  ('CD', 0.38, 0.48, 'fr', '{Ilunga,Kabamba,Kalonji,Lukusa,Mbuyi,Mutombo,Ngoy,Tshibanda}', '{Patrick,Grace,Jean,Esther,Christian,Merveille,Joseph,Rachel}'),
  ('UA', 0.48, 0.57, 'uk', '{Bondarenko,Kovalenko,Kravchenko,Melnyk,Oliinyk,Shevchenko,Tkachenko,Zinchenko}', '{Olena,Andrii,Iryna,Oleksandr,Natalia,Dmytro,Oksana,Serhii}'),
  ('GN', 0.57, 0.65, 'fr', '{Bah,Barry,Camara,Conde,Diallo,Keita,Sow,Toure}', '{Mamadou,Aissatou,Ibrahima,Fatoumata,Alpha,Mariama,Ousmane,Kadiatou}'),
  ('CM', 0.65, 0.72, 'fr', '{Atangana,Biya,Eto,Fotso,Kamga,Mbarga,Nguema,Tchoupo}', '{Paul,Brigitte,Herve,Sandrine,Arnaud,Chantal,Boris,Linda}'),
  ('TR', 0.72, 0.77, 'tr', '{Aydin,Celik,Demir,Kaya,Ozturk,Sahin,Yildiz,Yilmaz}', '{Mehmet,Ayse,Mustafa,Elif,Emre,Zeynep,Burak,Merve}'),
  ('ER', 0.77, 0.82, 'ti', '{Berhane,Gebre,Haile,Kidane,Mehari,Tesfay,Tekle,Yohannes}', '{Samuel,Helen,Daniel,Selam,Yonas,Senait,Filmon,Luwam}'),
  ('BR', 0.82, 0.87, 'pt', '{Almeida,Costa,Ferreira,Lima,Oliveira,Pereira,Santos,Souza}', '{Lucas,Ana,Gabriel,Juliana,Rafael,Camila,Thiago,Larissa}'),
  ('DZ', 0.87, 0.92, 'ar', '{Belkacem,Benaissa,Bouteflika,Brahimi,Cherif,Hamidi,Mansouri,Saidi}', '{Amine,Lamia,Karim,Souad,Riad,Nour,Walid,Imane}'),
  ('IN', 0.92, 0.96, 'en', '{Gupta,Iyer,Kumar,Nair,Patel,Reddy,Sharma,Singh}', '{Arjun,Priya,Rahul,Ananya,Vikram,Divya,Rohan,Sneha}'),
  ('IQ', 0.96, 1.00001, 'ar', '{Abbas,Al Jaburi,Hussein,Jassim,Kadhim,Majeed,Rashid,Salman}', '{Ali,Zainab,Hassan,Noor,Mustafa,Sara,Haider,Huda}');

\echo === plan: persons
-- One row per person: who, where, and the verdict. Registrations over the ten years before today.
create unlogged table bench.p as
with base as (
  select i, (select today from bench.params) as today,
         bench.r(i, 1) as rc, bench.r(i, 2) as rn, bench.r(i, 3) as rv
  from generate_series(1, :persons) i
)
select b.i, k.code as cri, n.iso as nationality, n.lang,
       n.last_names[1 + bench.ri(b.i, 4, 8)] as last_name,
       n.first_names[1 + bench.ri(b.i, 5, 8)] as first_names,
       date '1960-01-01' + ((b.i * 7919) % 16000)::int as birth_date,
       (2 * (b.i / 16000) + 1 + bench.ri(b.i, 6, 2))::int as serial,
       bench.r(b.i, 7) < 0.8 as has_nn,
       b.today - 3 - floor(bench.r(b.i, 8) * 3650)::int as registered_on,
       case when n.iso = 'UA' then 'D8' when n.iso = 'TR' then 'D6'
            when b.rv < 0.82 then null when b.rv < 0.88 then 'D4' when b.rv < 0.93 then 'D5' when b.rv < 0.96 then 'D3'
            else 'LONG_STAY' end as code,
       case when bench.r(b.i, 9) < 0.45 then 0 else bench.ri(b.i, 10, 1000000) end as commune_draw
from base b
join bench.cri k on b.rc >= k.lo and b.rc < k.hi
join bench.nat n on b.rn >= n.lo and b.rn < n.hi;

alter table bench.p add column status text, add column order_date date, add column regime text, add column rule_set text,
  add column deadline date, add column has_file boolean, add column nis text, add column postal_code text,
  add column locality text;
update bench.p p set
  status = case when p.code is null then 'OBLIGED' when p.code = 'LONG_STAY' then 'NOT_IN_TARGET' else 'DISPENSED' end,
  order_date = p.registered_on - 5 - bench.ri(p.i, 11, 60),
  has_file = p.code is null or bench.r(p.i, 12) < 0.5,
  nis = c.nis, postal_code = c.postal_code, locality = c.locality
from bench.commune_count cc, bench.commune c
where cc.cri = p.cri and c.cri = p.cri and c.idx = p.commune_draw % cc.n;
update bench.p set
  regime = case when order_date < date '2018-12-17' then 'REGIME_2016' when order_date < date '2025-01-01' then 'REGIME_2018'
                else 'REGIME_2025_THREE_YEARS' end,
  rule_set = case when order_date < date '2018-12-17' then '2016.1' when order_date < date '2025-01-01' then '2018.1'
                  else '2025.1' end;
update bench.p set deadline = case when status <> 'OBLIGED' then null
                                   when regime = 'REGIME_2025_THREE_YEARS' then order_date + interval '3 years'
                                   else order_date + interval '18 months' end;
alter table bench.p add primary key (i);

\echo === plan: case files
-- One row per case file. A transferred file (3 %) is continued by a second file at the next CRI, opened on the day of
-- the transfer. The state follows the file's age: recent files are at the reception, the last three years' are
-- followed up, older ones mostly attested or closed. level: how far the parcours went (0 opened, 1 reception started,
-- 2 convention signed, 3 training, 4 completed, 5 attested).
create unlogged table bench.f (
  n bigint primary key, i bigint not null, cri text not null, continuation boolean not null, opened date not null,
  state text, level int, before_suspension text, end_day date, transferred_to bigint, transferred_from bigint);
insert into bench.f (n, i, cri, continuation, opened)
select row_number() over (order by i), i, cri, false,
       least(registered_on + bench.ri(i, 13, 15), (select today from bench.params))
from bench.p where has_file;
-- states of the first files
with a as (
  select f.n, (select today from bench.params) - f.opened as age, bench.r(f.i, 14) as x from bench.f f
)
update bench.f f set state = case
    when a.age < 90 then case when a.x < 0.3 then 'OPENED' else 'RECEPTION' end
    when a.age < 180 then case when a.x < 0.25 then 'RECEPTION' when a.x < 0.6 then 'CONVENTION_SIGNED'
                               when a.x < 0.95 then 'IN_PROGRESS' else 'CLOSED' end
    when a.age < 1100 then case when a.x < 0.02 then 'CONVENTION_SIGNED' when a.x < 0.47 then 'IN_PROGRESS'
                                when a.x < 0.53 then 'SUSPENDED' when a.x < 0.59 then 'COMPLETED'
                                when a.x < 0.87 then 'ATTESTATION_ISSUED' when a.x < 0.97 then 'CLOSED'
                                else 'TRANSFERRED' end
    else case when a.x < 0.01 then 'IN_PROGRESS' when a.x < 0.02 then 'SUSPENDED' when a.x < 0.72 then 'ATTESTATION_ISSUED'
              when a.x < 0.97 then 'CLOSED' else 'TRANSFERRED' end
  end
from a where a.n = f.n;
-- how far each file went, and how many days after its opening a suspended, transferred or closed file stopped
-- (after its last milestone)
alter table bench.f add column stop_after int;
update bench.f set
  before_suspension = case when state = 'SUSPENDED' then case when bench.r(n, 17) < 0.8 then 'IN_PROGRESS' else 'RECEPTION' end end,
  level = case state when 'OPENED' then 0 when 'RECEPTION' then 1 when 'CONVENTION_SIGNED' then 2 when 'IN_PROGRESS' then 3
                     when 'COMPLETED' then 4 when 'ATTESTATION_ISSUED' then 5
                     when 'SUSPENDED' then case when bench.r(n, 17) < 0.8 then 3 else 1 end
                     else least(3, bench.ri(n, 18, 5)) end
where level is null;
update bench.f set stop_after = case level when 0 then 25 when 1 then 50 when 2 then 90 else 150 + bench.ri(n, 35, 300) end
where state in ('SUSPENDED', 'TRANSFERRED', 'CLOSED') and stop_after is null;
-- the continuations of the transferred files, at the next CRI in the list, opened 30 to 120 days later
insert into bench.f (n, i, cri, continuation, opened, transferred_from)
select (select max(n) from bench.f) + row_number() over (order by f.n), f.i,
       coalesce((select k2.code from bench.cri k2 where k2.lo > k.lo order by k2.lo limit 1), 'CRIPEL'), true,
       least(f.opened + f.stop_after + 1 + bench.ri(f.n, 15, 30), (select today from bench.params)), f.n
from bench.f f join bench.cri k on k.code = f.cri
where f.state = 'TRANSFERRED';
update bench.f t set transferred_to = c.n from bench.f c where c.transferred_from = t.n;
with a as (
  select f.n, (select today from bench.params) - f.opened as age, bench.r(f.n, 16) as x from bench.f f where continuation
)
update bench.f f set state = case
    when a.age < 90 then case when a.x < 0.3 then 'OPENED' else 'RECEPTION' end
    when a.age < 180 then case when a.x < 0.3 then 'RECEPTION' when a.x < 0.6 then 'CONVENTION_SIGNED' else 'IN_PROGRESS' end
    when a.age < 1100 then case when a.x < 0.5 then 'IN_PROGRESS' when a.x < 0.6 then 'COMPLETED' else 'ATTESTATION_ISSUED' end
    else case when a.x < 0.75 then 'ATTESTATION_ISSUED' else 'CLOSED' end
  end
from a where a.n = f.n;
-- a transferred person lives at the new CRI now
update bench.p p set cri = f.cri, nis = c.nis, postal_code = c.postal_code, locality = c.locality
from bench.f f, bench.commune_count cc, bench.commune c
where f.continuation and f.i = p.i and cc.cri = f.cri and c.cri = f.cri and c.idx = p.commune_draw % cc.n;
-- the same for the continuations
update bench.f set
  before_suspension = case when state = 'SUSPENDED' then case when bench.r(n, 17) < 0.8 then 'IN_PROGRESS' else 'RECEPTION' end end,
  level = case state when 'OPENED' then 0 when 'RECEPTION' then 1 when 'CONVENTION_SIGNED' then 2 when 'IN_PROGRESS' then 3
                     when 'COMPLETED' then 4 when 'ATTESTATION_ISSUED' then 5
                     when 'SUSPENDED' then case when bench.r(n, 17) < 0.8 then 3 else 1 end
                     else least(3, bench.ri(n, 18, 5)) end
where level is null;
update bench.f set stop_after = case level when 0 then 25 when 1 then 50 when 2 then 90 else 150 + bench.ri(n, 35, 300) end
where state in ('SUSPENDED', 'TRANSFERRED', 'CLOSED') and stop_after is null;
-- the import benchmark's enrolments: 64 files of CRIPEL in training with French at FOREM-LIEGE, started two to four years
-- ago, without hours yet (the runner imports their sessions); at small sizes they take the place of older files
update bench.f set state = 'IN_PROGRESS', level = 3, before_suspension = null
where n in (select n from bench.f where cri = 'CRIPEL' and not continuation and transferred_to is null
            and (select today from bench.params) - opened between 700 and 1400 order by n limit 64);
alter table bench.f add column import_target boolean not null default false;
update bench.f set import_target = true
where n in (select n from bench.f where cri = 'CRIPEL' and not continuation and transferred_to is null and state = 'IN_PROGRESS'
            and (select today from bench.params) - opened between 700 and 1400 order by n limit 64);

-- The milestones of each file, each after the previous one and never after today.
alter table bench.f add column d_reception date, add column d_review date, add column d_session date,
  add column d_reception_done date, add column d_proposed date, add column d_signed date, add column d_training date,
  add column d_done date, add column d_attested date, add column french_level text, add column french_required boolean,
  add column socio_required boolean, add column french_by_certificate boolean, add column socio_by_release boolean,
  add column progress float8, add column french_operator text, add column participation text,
  add column person_status text, add column deadline date;
update bench.f f set
  d_reception = f.opened + 3 + bench.ri(f.n, 20, 10),
  d_review = f.opened + 15 + bench.ri(f.n, 21, 20),
  d_session = f.opened + 30 + bench.ri(f.n, 22, 20),
  d_reception_done = f.opened + 55 + bench.ri(f.n, 23, 10),
  d_proposed = f.opened + 66 + bench.ri(f.n, 24, 5),
  d_signed = f.opened + 72 + bench.ri(f.n, 25, 10),
  d_training = f.opened + 85 + bench.ri(f.n, 26, 5),
  french_level = (array['PRE_A1','A1','A1','A2','A2','B1','B2','FR'])[1 + bench.ri(f.n, 27, 8)],
  socio_required = bench.r(f.n, 28) < 0.5,
  french_by_certificate = bench.r(f.n, 29) < 0.35,
  socio_by_release = bench.r(f.n, 30) < 0.2,
  progress = case when f.import_target then 0 else bench.r(f.n, 31) end,
  french_operator = case when f.import_target or bench.r(f.n, 32) < 0.5 then k.forem else k.ili end,
  participation = case when p.status = 'OBLIGED' then 'OBLIGED' else 'VOLUNTEER' end,
  person_status = p.status, deadline = p.deadline
from bench.cri k, bench.p p where k.code = f.cri and p.i = f.i;
update bench.f set french_required = french_level in ('PRE_A1', 'A1'),
  french_by_certificate = french_by_certificate and level >= 4,
  socio_by_release = socio_by_release and level >= 4;
update bench.f set french_required = true, french_level = 'A1' where import_target;
-- completion: 300 to 700 days after the opening, before today; the attestation 10 to 40 days later
update bench.f f set d_done = least(f.opened + 300 + bench.ri(f.n, 33, 400), (select today from bench.params) - 45)
where level >= 4;
update bench.f f set d_done = greatest(d_done, d_training + 30) where level >= 4;
update bench.f f set d_attested = least(d_done + 10 + bench.ri(f.n, 34, 30), (select today from bench.params))
where level = 5;
-- the day a suspended, transferred or closed file stopped
update bench.f set end_day = least(opened + stop_after, (select today from bench.params))
where state in ('SUSPENDED', 'TRANSFERRED', 'CLOSED');
-- the last day of training counted: completion, the stop, or today
alter table bench.f add column d_last date;
update bench.f set d_last = least(coalesce(d_done, end_day, (select today from bench.params)), (select today from bench.params) - 1)
where level >= 3;
update bench.f set d_last = d_training + 1 where level >= 3 and d_last <= d_training;
create index on bench.f (i);
analyze bench.p; analyze bench.f;

-- The axes each trained file follows: sessions of 4 hours (the socio-professional orientation, 4 hours, in one), on
-- distinct days spread from the start of the training to its last day; a done axis has all its hours (60, 400, 4),
-- an axis in progress a share of them; French may be completed by an A2 certificate and the orientation by a work
-- release instead of hours.
create unlogged table bench.axis as
select f.n, a.axis, a.hours_required,
       case a.axis when 'CITIZENSHIP' then (select code from bench.cri where code = f.cri) end as cri,
       case a.axis when 'CITIZENSHIP' then k.ili when 'FRENCH' then f.french_operator else k.forem end as operator,
       case when f.level >= 4 then
              case when (a.axis = 'FRENCH' and f.french_by_certificate) or (a.axis = 'SOCIO_PROFESSIONAL' and f.socio_by_release)
                   then 0 else ceil(a.hours_required / 4.0)::int end
            else floor(f.progress * ceil(a.hours_required / 4.0))::int end as sessions,
       f.d_training + a.offset_days as start_date, f.d_last as last_day
from bench.f f
join bench.cri k on k.code = f.cri
cross join lateral (values ('CITIZENSHIP', 60, 0), ('FRENCH', 400, 1), ('SOCIO_PROFESSIONAL', 4, 2)) a(axis, hours_required, offset_days)
where f.level >= 3
  and (a.axis = 'CITIZENSHIP' or (a.axis = 'FRENCH' and f.french_required) or (a.axis = 'SOCIO_PROFESSIONAL' and f.socio_required));
update bench.axis set last_day = start_date + 1 where last_day <= start_date;
alter table bench.axis add column k bigint;
update bench.axis x set k = s.k from (select n, axis, row_number() over (order by n, axis) as k from bench.axis) s
where s.n = x.n and s.axis = x.axis;
alter table bench.axis add primary key (k);
analyze bench.axis;

\echo === load
begin;
set local session_replication_role = replica;
set local synchronous_commit = off;
truncate person, residence_permit, employment_period, obligation_assessment, case_file, case_file_event, social_review,
  social_review_need, reception_module, convention, convention_version, convention_version_axis, operator,
  operator_recognition, enrolment, evaluation_interview, audit_event, attendance_entry, axis_equivalence,
  attestation_counter, attestation, attestation_axis, transmission, idempotency_record, attendance_annotation,
  administration_event, user_account, api_client cascade;
update transmission_cursor set last_value = 0;

-- the operators of every area (the demo's list, which production records through the administrator's pages)
\ir ../../../api/src/main/resources/db/demo/R__demo_operators.sql

-- the secondary indexes of the largest tables: dropped now, built again after the load
create temporary table bench_dropped_index as
select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def
from pg_index where indrelid in ('audit_event'::regclass, 'attendance_entry'::regclass, 'case_file_event'::regclass)
  and not indisprimary and not indisunique;
do $$ declare x record; begin
  for x in select name from bench_dropped_index loop execute 'drop index ' || x.name; end loop;
end $$;

\echo persons
insert into person (id, last_name, first_names, normalised_last_name, normalised_first_names, birth_date, nationality,
  national_number, commune_nis, street, postal_code, locality, phone, email, preferred_language, interpreter_language,
  cpas_beneficiary, study_status, belgian_diploma, medical_certificate, prior_attestation, registered_by_cri,
  registered_at, version)
select bench.uid(1, p.i), p.last_name, p.first_names,
       lower(regexp_replace(p.last_name, '[^A-Za-z0-9]', '', 'g')), lower(regexp_replace(p.first_names, '[^A-Za-z0-9]', '', 'g')),
       p.birth_date, p.nationality,
       case when p.has_nn then nn.first9 || lpad((97 - (nn.base % 97))::text, 2, '0') end,
       p.nis, case when bench.r(p.i, 40) < 0.9 then 'Rue de la Station ' || (1 + bench.ri(p.i, 41, 200)) end,
       case when bench.r(p.i, 40) < 0.9 then p.postal_code end, case when bench.r(p.i, 40) < 0.9 then p.locality end,
       case when bench.r(p.i, 42) < 0.7 then '04' || lpad(bench.ri(p.i, 43, 10000000)::text, 7, '0') end,
       case when bench.r(p.i, 44) < 0.3 then 'person' || p.i || '@example.org' end,
       p.lang, case when p.lang <> 'fr' and bench.r(p.i, 45) < 0.4 then p.lang end,
       bench.r(p.i, 46) < 0.3, case when p.code = 'D5' then 'REGULAR_STUDENT' else 'NONE' end, false, false, false,
       (select f.cri from bench.f f where f.i = p.i and not f.continuation union all select p.cri limit 1),
       p.registered_on + time '09:30' + (p.i % 400) * interval '1 minute', 0
from bench.p p
cross join lateral (select to_char(p.birth_date, 'YYMMDD') || lpad(p.serial::text, 3, '0') as first9) n9
cross join lateral (select n9.first9,
                           n9.first9::bigint + case when p.birth_date >= date '2000-01-01' then 2000000000 else 0 end as base) nn;

insert into residence_permit (person_id, card_type, permit_type, order_date, issue_date, validity_months, legal_stay_start,
  family_link)
select bench.uid(1, p.i),
       case when p.nationality in ('SY', 'AF', 'ER', 'IQ', 'GN') then 'A' when p.code = 'D4' then 'H' else 'B' end,
       case when p.code = 'D8' then 'TEMPORARY_PROTECTION' when p.code = 'D5' then 'STUDENT' when p.code = 'D4' then 'WORK'
            when p.code = 'LONG_STAY' then 'REGULARISATION'
            when p.nationality in ('SY', 'AF', 'ER', 'IQ') and bench.r(p.i, 47) < 0.7 then 'REFUGEE'
            else 'FAMILY_REUNIFICATION' end,
       p.order_date, p.order_date + 10 + bench.ri(p.i, 48, 30), case when p.code = 'D8' then 12 else 60 end,
       case when p.code = 'LONG_STAY' then p.order_date - 1500 else p.order_date - bench.ri(p.i, 49, 300) end,
       case when p.code in ('D8', 'D5', 'D4', 'LONG_STAY') then 'NONE' else 'THIRD_COUNTRY_NATIONAL' end
from bench.p p;

insert into employment_period (person_id, start_date, end_date, fraction)
select bench.uid(1, p.i), p.order_date - 200, null, 1.0 from bench.p p where p.code = 'D4';

\echo assessments
insert into obligation_assessment (id, person_id, kind, status, code, deadline, deadline_regime, cri_code, rule_set_version,
  as_of, explanation, inputs, assessed_by, assessed_at)
select bench.uid(2, p.i), bench.uid(1, p.i), 'RULES_ENGINE', p.status, case when p.status <> 'OBLIGED' then p.code end,
       p.deadline, case when p.status = 'OBLIGED' then p.regime end,
       (select f.cri from bench.f f where f.i = p.i and not f.continuation union all select p.cri limit 1),
       p.rule_set, p.registered_on,
       '[{"rule":"generated","outcome":"' || p.status || '"}]',
       '{"permitOrderDate":"' || p.order_date || '","nationality":"' || p.nationality || '"}',
       (select agent from bench.cri where code = p.cri), p.registered_on + time '09:30'
from bench.p p;

\echo case files
insert into case_file (id, person_id, cri_code, state, state_before_suspension, participation, assessment_id, base_deadline,
  final_deadline, opened_on, transferred_from, transferred_to, closure_reason, closure_note, version, opening_order,
  held_last_name, held_first_names, held_birth_date, held_nationality, held_residence_cri)
select bench.uid(3, f.n), bench.uid(1, f.i), f.cri, f.state, f.before_suspension, f.participation, bench.uid(2, f.i),
       f.deadline, f.deadline, f.opened, bench.uid(3, f.transferred_from), bench.uid(3, f.transferred_to),
       case when f.state = 'CLOSED' then
         case when f.participation = 'VOLUNTEER' and bench.r(f.n, 50) < 0.5 then 'VOLUNTEER_WITHDREW'
              else (array['LEFT_BELGIUM','MOVED_OUT_OF_SCOPE','NO_LONGER_OBLIGED','OPENED_IN_ERROR','DECEASED','LEFT_BELGIUM'])[1 + bench.ri(f.n, 51, 6)] end end,
       null, 1,
       -- the order of the person's files (V019), which its trigger gives at insert, off for the load
       row_number() over (partition by f.i order by f.opened, f.continuation, f.n),
       -- a transferred file keeps the person as its CRI held it (V019)
       case when f.state = 'TRANSFERRED' then p.last_name end, case when f.state = 'TRANSFERRED' then p.first_names end,
       case when f.state = 'TRANSFERRED' then p.birth_date end, case when f.state = 'TRANSFERRED' then p.nationality end,
       case when f.state = 'TRANSFERRED' then c.cri_code end
from bench.f f
join person p on p.id = bench.uid(1, f.i)
join commune c on c.nis_code = p.commune_nis;

-- The timeline: one event per milestone reached, numbered in the order of their days.
\echo events
insert into case_file_event (id, case_file_id, sequence, type, from_state, to_state, occurred_on, reason, detail, recorded_by,
  recorded_at)
select bench.uid(4, f.n * 64 + e.seq), bench.uid(3, f.n), e.seq, e.type, e.from_state, e.to_state, e.day, e.reason, null,
       (select agent from bench.cri where code = f.cri), e.day + time '10:00' + e.seq * interval '1 minute'
from bench.f f
cross join lateral (
  select row_number() over (order by x.day, x.o)::int as seq, x.*
  from (values
    (0, f.opened, case when f.continuation then 'TRANSFERRED_IN' else 'OPENED' end, null, 'OPENED', null, true),
    (1, f.d_reception, 'RECEPTION_STARTED', 'OPENED', 'RECEPTION', null, f.level >= 1),
    (2, f.d_review, 'SOCIAL_REVIEW_RECORDED', null, null, null, f.level >= 1),
    (3, f.d_session, 'RIGHTS_AND_DUTIES_SESSION_RECORDED', null, null, null, f.level >= 2),
    (4, f.d_session, case when f.french_level = 'FR' then 'FRENCH_TEST_NOT_NEEDED' else 'FRENCH_TEST_RECORDED' end, null, null, null, f.level >= 2),
    (5, f.d_reception_done, 'RECEPTION_COMPLETED', null, null, null, f.level >= 2),
    (6, f.d_proposed, 'CONVENTION_PROPOSED', null, null, null, f.level >= 2),
    (7, f.d_signed, 'CONVENTION_SIGNED', 'RECEPTION', 'CONVENTION_SIGNED', null, f.level >= 2),
    (8, f.d_training, 'ENROLLED', null, null, null, f.level >= 3),
    (9, f.d_training, 'TRAINING_STARTED', 'CONVENTION_SIGNED', 'IN_PROGRESS', null, f.level >= 3),
    (10, f.d_done, 'COMPLETED', 'IN_PROGRESS', 'COMPLETED', null, f.level >= 4),
    (11, f.d_attested, 'ATTESTATION_ISSUED', 'COMPLETED', 'ATTESTATION_ISSUED', null, f.level >= 5),
    (12, f.end_day, 'SUSPENDED', f.before_suspension, 'SUSPENDED', 'Raisons de santé', f.state = 'SUSPENDED'),
    (12, f.end_day, 'TRANSFERRED_OUT', case f.level when 0 then 'OPENED' when 1 then 'RECEPTION' when 2 then 'CONVENTION_SIGNED' else 'IN_PROGRESS' end,
         'TRANSFERRED', null, f.state = 'TRANSFERRED'),
    (12, f.end_day, 'CLOSED', case f.level when 0 then 'OPENED' when 1 then 'RECEPTION' when 2 then 'CONVENTION_SIGNED' else 'IN_PROGRESS' end,
         'CLOSED', 'Clôture', f.state = 'CLOSED')
  ) x(o, day, type, from_state, to_state, reason, reached)
  where x.reached
) e;
-- the interviews, about every six months of training, also in the timeline (sequence from 40)
create temporary table bench_interview as
select f.n, g.k, f.d_signed + g.k * 182 + bench.ri(f.n * 16 + g.k, 52, 20) - 10 as held_on, f.cri
from bench.f f
cross join lateral generate_series(1, greatest(0, ((coalesce(f.d_last, f.d_signed) - f.d_signed) / 182)::int)) g(k)
where f.level >= 3;
delete from bench_interview where held_on >= (select today from bench.params);
insert into case_file_event (id, case_file_id, sequence, type, occurred_on, recorded_by, recorded_at)
select bench.uid(4, i.n * 64 + 40 + i.k), bench.uid(3, i.n), 40 + i.k, 'INTERVIEW_HELD', i.held_on,
       (select agent from bench.cri where code = i.cri), i.held_on + time '14:00'
from bench_interview i where i.k < 24;
insert into evaluation_interview (id, case_file_id, held_on, conducted_by, notes, recorded_at)
select bench.uid(5, i.n * 64 + i.k), bench.uid(3, i.n), i.held_on, (select agent from bench.cri where code = i.cri), null,
       i.held_on + time '14:00'
from bench_interview i where i.k < 24;

\echo reception, conventions
insert into social_review (id, conducted_on, notes, recommends_socio_professional_orientation)
select bench.uid(6, f.n), f.d_review, null, f.socio_required from bench.f f where f.level >= 1;
insert into social_review_need (social_review_id, domain, need_level, notes)
select bench.uid(6, f.n), d.domain, (array['NONE','LOW','MODERATE','HIGH'])[1 + bench.ri(f.n * 8 + d.o, 53, 4)], null
from bench.f f cross join (values (1, 'HOUSING'), (2, 'HEALTH'), (3, 'FRENCH'), (4, 'WORK_AND_TRAINING'), (5, 'CITIZENSHIP'),
                                  (6, 'CHILDREN_AND_YOUTH')) d(o, domain)
where f.level >= 1;
insert into reception_module (id, case_file_id, social_review_id, session_held_on, session_format, session_interpreter_language,
  french_test_taken_on, french_test_level, french_test_waiver, completed_on, version)
select bench.uid(7, f.n), bench.uid(3, f.n), bench.uid(6, f.n),
       case when f.level >= 2 then f.d_session end, case when f.level >= 2 then 'GROUP' end, null,
       case when f.level >= 2 and f.french_level <> 'FR' then f.d_session end,
       case when f.level >= 2 and f.french_level <> 'FR' then f.french_level end,
       case when f.level >= 2 and f.french_level = 'FR' then 'FRENCH_MOTHER_TONGUE' end,
       case when f.level >= 2 then f.d_reception_done end, 1
from bench.f f where f.level >= 1;
insert into convention (id, case_file_id, reception_module_id, status, proposed_on, signed_on, version)
select bench.uid(8, f.n), bench.uid(3, f.n), bench.uid(7, f.n), 'SIGNED', f.d_proposed, f.d_signed, 1
from bench.f f where f.level >= 2;
insert into convention_version (id, convention_id, number, effective_on, end_date, reason, recorded_by, recorded_at)
select bench.uid(9, f.n), bench.uid(8, f.n), 1, f.d_proposed, coalesce(f.deadline, f.d_signed + 730), 'Convention initiale',
       (select agent from bench.cri where code = f.cri), f.d_proposed + time '11:00'
from bench.f f where f.level >= 2;
insert into convention_version_axis (convention_version_id, axis)
select bench.uid(9, f.n), a.axis
from bench.f f cross join (values ('RECEPTION'), ('CITIZENSHIP'), ('FRENCH'), ('SOCIO_PROFESSIONAL')) a(axis)
where f.level >= 2 and (a.axis in ('RECEPTION', 'CITIZENSHIP') or (a.axis = 'FRENCH' and f.french_required)
                        or (a.axis = 'SOCIO_PROFESSIONAL' and f.socio_required));

\echo enrolments, hours, equivalences
insert into enrolment (id, case_file_id, operator_code, axis, start_date, status, end_date, withdrawal_reason, enrolled_by,
  enrolled_at, version)
select bench.uid(10, x.k), bench.uid(3, x.n), x.operator, x.axis, x.start_date,
       case when f.level >= 4 then 'COMPLETED' when f.state in ('CLOSED', 'TRANSFERRED') then 'WITHDRAWN' else 'ACTIVE' end,
       case when f.level >= 4 or f.state in ('CLOSED', 'TRANSFERRED') then greatest(x.last_day, x.start_date) end,
       case when f.level < 4 and f.state in ('CLOSED', 'TRANSFERRED') then 'Dossier clôturé ou transféré' end,
       (select agent from bench.cri where code = f.cri), x.start_date + time '09:00', 1
from bench.axis x join bench.f f on f.n = x.n;
insert into attendance_entry (id, kind, enrolment_id, case_file_id, person_id, operator_code, axis, session_date, hours,
  corrects, reason, recorded_by, recorded_at)
select bench.uid(11, x.k * 128 + s.j), 'SESSION', bench.uid(10, x.k), bench.uid(3, x.n), bench.uid(1, f.i), x.operator, x.axis,
       d.day, case when x.axis = 'SOCIO_PROFESSIONAL' then 4 else 4 end, null, null,
       case when x.operator like 'ILI-%' then 'formateur.ili' else 'formateur.forem' end,
       d.day + time '17:00'
from bench.axis x join bench.f f on f.n = x.n
cross join lateral generate_series(0, x.sessions - 1) s(j)
cross join lateral (select x.start_date + (s.j * (x.last_day - x.start_date) / greatest(x.sessions, 1))::int as day) d;
insert into axis_equivalence (id, case_file_id, kind, axis, effective_on, level, issuer, evidence, recorded_by, recorded_at)
select bench.uid(12, f.n * 2), bench.uid(3, f.n), 'FRENCH_CERTIFICATE', 'FRENCH', f.d_done - 5, 'A2', 'Alliance française', null,
       (select agent from bench.cri where code = f.cri), f.d_done - 5 + time '15:00'
from bench.f f where f.french_required and f.french_by_certificate;
insert into axis_equivalence (id, case_file_id, kind, axis, effective_on, level, issuer, evidence, recorded_by, recorded_at)
select bench.uid(12, f.n * 2 + 1), bench.uid(3, f.n), 'WORK_RELEASE', 'SOCIO_PROFESSIONAL', f.d_done - 5, null, null,
       'Contrat de travail à temps plein', (select agent from bench.cri where code = f.cri), f.d_done - 5 + time '15:00'
from bench.f f where f.socio_required and f.socio_by_release;

\echo attestations, copies
create temporary table bench_attestation as
select f.n, f.i, f.cri, f.d_attested, f.d_done, f.d_signed, f.opened, f.participation, p.nis,
       row_number() over (partition by f.cri, extract(year from f.d_attested) order by f.d_attested, f.n) as seq
from bench.f f join bench.p p on p.i = f.i where f.level = 5;
insert into attestation (id, case_file_id, person_id, number, verification_code, last_name, first_names, birth_date, nationality,
  national_number, cri_code, cri_name, cri_address, file_opened_on, convention_signed_on, completed_on, issued_on,
  participation, officer_name, issued_by, issued_at, pdf, pdf_sha256, version)
select bench.uid(13, a.n), bench.uid(3, a.n), bench.uid(1, a.i),
       a.cri || '-' || extract(year from a.d_attested) || '-' || lpad(a.seq::text, 5, '0'),
       (select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + ((a.n >> (5 * (11 - g))) & 31)::int, 1)
                          || case when g in (3, 7) then '-' else '' end, '' order by g) from generate_series(0, 11) g),
       ps.last_name, ps.first_names, ps.birth_date, ps.nationality, ps.national_number, a.cri, c.name,
       coalesce(c.address, c.seat), a.opened, a.d_signed, a.d_done, a.d_attested, a.participation,
       'Superviseur ' || a.cri, 'superviseur.' || lower(a.cri), a.d_attested + time '16:00',
       convert_to('%PDF-1.4 benchmark attestation', 'UTF8'), encode(sha256(convert_to('%PDF-1.4 benchmark attestation', 'UTF8')), 'hex'), 0
from bench_attestation a join person ps on ps.id = bench.uid(1, a.i) join cri c on c.code = a.cri;
insert into attestation_counter (cri_code, year, last_value)
select cri, extract(year from d_attested)::int, max(seq) from bench_attestation group by 1, 2;
insert into attestation_axis (attestation_id, position, axis, completed_on, hours_attended, hours_required, equivalence_kind,
  equivalence_on, equivalence_issuer)
select bench.uid(13, a.n), row_number() over (partition by a.n order by o.o) - 1, o.axis, a.d_done - 1,
       case when o.eq is null then o.req end, case when o.eq is null then o.req end,
       o.eq, case when o.eq is not null then a.d_done - 5 end, case when o.eq = 'A2_CERTIFICATE' then 'Alliance française' end
from bench_attestation a join bench.f f on f.n = a.n
cross join lateral (values (1, 'RECEPTION', null::numeric, null::text, true),
                           (2, 'CITIZENSHIP', 60, null, true),
                           (3, 'FRENCH', 400, case when f.french_by_certificate then 'A2_CERTIFICATE' end, f.french_required),
                           (4, 'SOCIO_PROFESSIONAL', 4, case when f.socio_by_release then 'WORK_RELEASE' end, f.socio_required)
                   ) o(o, axis, req, eq, required)
where o.required;
-- reception: no hours and no equivalence
update attestation_axis set hours_attended = null, hours_required = null where axis = 'RECEPTION';
-- the copies of obliged persons' attestations, due to the commune and its CPAS, with the cursor of V008 in issue order
insert into transmission (id, attestation_id, recipient_kind, recipient_nis, feed_cursor, due_at, first_fetched_at,
  last_fetched_at, fetch_count, acknowledged_at, acknowledged_by, version)
select bench.uid(14, a.n * 2 + r.o), bench.uid(13, a.n), r.kind, a.nis,
       row_number() over (order by a.d_attested, a.n, r.o), a.d_attested + time '16:00',
       case when old then a.d_attested + time '22:00' end, case when old then a.d_attested + time '22:00' end,
       case when old then 1 else 0 end,
       case when old then a.d_attested + 1 + time '09:00' end,
       case when old then lower(r.kind) || '-' || a.nis end, 0
from bench_attestation a
cross join (values (0, 'COMMUNE'), (1, 'CPAS')) r(o, kind)
cross join lateral (select a.d_attested < (select today from bench.params) - 30 as old) x
where a.participation = 'OBLIGED';
update transmission_cursor set last_value = (select coalesce(max(feed_cursor), 0) from transmission);

\echo audit trail
-- about 100 rows a person: the staff's reads, searches and changes of the person's data over the person's years
-- each row with the hash its trigger gives at insert (V017), off for the load: the digest of the row as stored
insert into audit_event (id, occurred_at, actor, role, tenant, endpoint, person_id, action, outcome, row_hash)
select a.id, a.occurred_at, a.actor, a.role, a.tenant, a.endpoint, a.person_id, a.action, a.outcome,
       audit_event_digest(row(a.id, a.occurred_at, a.actor, a.role, a.tenant, a.endpoint, a.person_id, a.action,
                              a.outcome, null)::audit_event)
from (
select bench.uid(15, j) as id,
       p.registered_on + (bench.r(j, 60) * ((select today from bench.params) - p.registered_on)) * interval '1 day' as occurred_at,
       k.agent as actor, 'CRI_AGENT' as role, p.cri as tenant, e.endpoint, bench.uid(1, p.i) as person_id, e.action,
       'SUCCESS' as outcome
from generate_series(1, 100::bigint * :persons) j
join bench.p p on p.i = 1 + (j - 1) % :persons
join bench.cri k on k.code = p.cri
cross join lateral (select (array['GET /caseFiles/{id}','GET /caseFiles','GET /persons/{id}','POST /persons/query',
                                  'POST /caseFiles/{id}/evaluationInterviews','GET /caseFiles/{id}/events'])[1 + bench.ri(j, 61, 6)] as endpoint) e0
cross join lateral (select e0.endpoint, case e0.endpoint when 'GET /caseFiles' then 'SEARCH' when 'POST /persons/query' then 'SEARCH'
                                                         when 'POST /caseFiles/{id}/evaluationInterviews' then 'UPDATE' else 'READ' end as action) e
) a;

\echo indexes
do $$ declare x record; begin
  for x in select def from bench_dropped_index loop execute x.def; end loop;
end $$;
commit;

\echo === counts
select 'persons' as what, count(*) from person
union all select 'case files', count(*) from case_file
union all select 'case files at CRIPEL', count(*) from case_file where cri_code = 'CRIPEL'
union all select 'attendance entries', count(*) from attendance_entry
union all select 'attestations', count(*) from attestation
union all select 'transmissions', count(*) from transmission
union all select 'audit rows', count(*) from audit_event;
