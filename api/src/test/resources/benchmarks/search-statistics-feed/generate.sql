-- Ten-year data set for the search / statistics / feed measurements (scratch, deterministic).
\timing on
set synchronous_commit = off;
drop table if exists gen_names, gen_cri;
\ir names.sql
create or replace function gen_h(i bigint, salt text) returns int language sql immutable as
$$ select abs(hashtext(i::text || salt)) $$;
create or replace function gen_norm(t text) returns text language sql immutable as
$$ select regexp_replace(translate(lower(t), 'àáâäãåçèéêëìíîïñòóôöõùúûüýÿşğıčćžšé', 'aaaaaaceeeeiiiinooooouuuuyysgiczzse'), '[^a-z0-9]', '', 'g') $$;
create table gen_cri as
select code, lo, hi, main, (select array_agg(nis_code order by nis_code) from commune c where c.cri_code = x.code) as communes, n
from (values ('CRIPEL', 0, 25, 'Liège', 0), ('CAI', 26, 41, 'Namur', 1), ('CRIC', 42, 55, 'Charleroi', 2),
             ('CIMB', 56, 65, 'Mons', 3), ('CERAIC', 66, 74, 'La Louvière', 4), ('CRIBW', 75, 83, 'Wavre', 5),
             ('CRVI', 84, 91, 'Verviers', 6), ('CRILUX', 92, 99, 'Arlon', 7)) as x(code, lo, hi, mainname, n)
join lateral (select nis_code as main from commune where name_fr = x.mainname) m on true;
select code, main, cardinality(communes) from gen_cri;

-- 200,000 persons, registered over ten years (2016-12 .. 2026-12), in order of i
insert into person (id, last_name, first_names, normalised_last_name, normalised_first_names, birth_date, nationality,
                    national_number, commune_nis, registered_by_cri, registered_at, version)
select md5('p' || i)::uuid, l, f, gen_norm(l), gen_norm(f), date '1958-01-01' + gen_h(i, 'b') % 17000,
       (array['MA','SY','AF','CD','UA','GN','CM','TR','ER','BR','DZ','IN','IQ','MA','SY'])[1 + gen_h(i, 'n') % 15],
       case when gen_h(i, 'nn') % 5 = 0 then null else lpad((10000000000 + i)::text, 11, '0') end,
       case when gen_h(i, 'c') % 100 < 45 then g.main else g.communes[1 + gen_h(i, 'cc') % cardinality(g.communes)] end,
       g.code, timestamptz '2016-12-01 09:00+01' + (i * interval '1578 seconds'), 0
from generate_series(1, 200000) i
cross join lateral (select n.lasts[1 + gen_h(i, 'l') % cardinality(n.lasts)] as l,
                           n.firsts[1 + gen_h(i, 'f') % cardinality(n.firsts)]
                           || case when gen_h(i, 'f2') % 7 = 0 then ' ' || n.firsts[1 + gen_h(i, 'f3') % cardinality(n.firsts)] else '' end as f
                    from gen_names n) names
join gen_cri g on gen_h(i, 'cri') % 100 between g.lo and g.hi;

-- one assessment each (75 % obliged), a second later one for one person in five
insert into obligation_assessment (id, person_id, kind, status, code, deadline, deadline_regime, cri_code,
                                   rule_set_version, as_of, explanation, inputs, assessed_by, assessed_at)
select md5('a' || k || '-' || i)::uuid, md5('p' || i)::uuid, 'RULES_ENGINE', s,
       case s when 'OBLIGED' then null when 'DISPENSED' then 'D8' else 'LONG_STAY' end,
       case when s = 'OBLIGED' then (p.registered_at + interval '3 years')::date end,
       case when s = 'OBLIGED' then 'REGIME_2018' end,
       p.registered_by_cri, '2026.1', p.registered_at::date + (k - 1) * 30, '{}', '{}', 'gen',
       p.registered_at + (k - 1) * interval '30 days'
from generate_series(1, 200000) i
join person p on p.id = md5('p' || i)::uuid
cross join lateral generate_series(1, case when i % 5 = 0 then 2 else 1 end) k
cross join lateral (select case when gen_h(i, 's') % 100 < 75 then 'OBLIGED'
                                when gen_h(i, 's') % 100 < 95 then 'DISPENSED' else 'NOT_IN_TARGET' end as s) st;

-- 165,000 persons with a file; one in sixteen transferred to the next CRI (two files): ~175,300 files
create temporary table gen_file as
select i, p.id as person_id, p.registered_by_cri as cri, g.n as cri_n,
       least(p.registered_at::date + gen_h(i, 'o') % 30, date '2026-12-06') as opened_on,
       (select a.id from obligation_assessment a where a.person_id = p.id order by a.assessed_at desc limit 1) as assessment_id,
       (select a.status from obligation_assessment a where a.person_id = p.id order by a.assessed_at desc limit 1) as status,
       gen_h(i, 'st') % 100 as r, i % 16 = 0 as transferred
from generate_series(1, 165000) i
join person p on p.id = md5('p' || i)::uuid
join gen_cri g on g.code = p.registered_by_cri;

insert into case_file (id, person_id, cri_code, state, state_before_suspension, participation, assessment_id,
                       base_deadline, final_deadline, opened_on, transferred_from, transferred_to, closure_reason, version,
                       held_last_name, held_first_names, held_birth_date, held_nationality)
select case when part = 1 then md5('f' || i)::uuid else md5('g' || i)::uuid end, person_id,
       case when part = 1 then cri else (select code from gen_cri where n = (cri_n + 1) % 8) end,
       st, case when st = 'SUSPENDED' then 'IN_PROGRESS' end,
       case when status = 'OBLIGED' then 'OBLIGED' else 'VOLUNTEER' end, assessment_id,
       case when status = 'OBLIGED' then opened_on + 1095 end, case when status = 'OBLIGED' then opened_on + 1095 end,
       case when part = 1 then opened_on else least(opened_on + 200, date '2026-12-06') end,
       case when part = 2 then md5('f' || i)::uuid end, case when part = 1 and transferred then md5('g' || i)::uuid end,
       case when st = 'CLOSED' then 'LEFT_BELGIUM' end, 0,
       -- a transferred file keeps the person as held at the transfer (V019)
       h.last_name, h.first_names, h.birth_date, h.nationality
from gen_file
cross join lateral generate_series(1, case when transferred then 2 else 1 end) part
cross join lateral (select case
        when part = 1 and transferred then 'TRANSFERRED'
        when opened_on < date '2023-12-06' then case when r < 60 then 'ATTESTATION_ISSUED' else 'CLOSED' end
        when r < 5 then 'OPENED' when r < 20 then 'RECEPTION' when r < 30 then 'CONVENTION_SIGNED'
        when r < 70 then 'IN_PROGRESS' when r < 75 then 'COMPLETED' when r < 85 then 'ATTESTATION_ISSUED'
        when r < 90 then 'SUSPENDED' else 'CLOSED' end as st) s
left join person h on h.id = person_id and st = 'TRANSFERRED';
select cri_code, count(*) from case_file group by 1 order by 2 desc;

-- 250,000 attestations (one in force per file for the first files, the rest revoked), ~400,000 copies
create temporary table gen_att as
select j, f.id as case_file_id, f.person_id, f.cri_code, f.opened_on, p.commune_nis,
       least(f.opened_on + 600 + gen_h(j, 'iss') % 200, date '2026-12-05') as issued_on, p.last_name, p.first_names,
       p.birth_date, p.nationality, p.national_number
from (select id, person_id, cri_code, opened_on, row_number() over (order by opened_on, id) as rn from case_file) f
join generate_series(1, 250000) j on f.rn = (j - 1) % 175312 + 1
join person p on p.id = f.person_id;

insert into attestation (id, case_file_id, person_id, number, verification_code, last_name, first_names, birth_date,
                         nationality, national_number, cri_code, cri_name, cri_address, file_opened_on,
                         convention_signed_on, completed_on, issued_on, participation, officer_name, issued_by,
                         issued_at, pdf, pdf_sha256, revoked_at, revoked_by, revocation_reason, version)
select md5('t' || j)::uuid, case_file_id, person_id, cri_code || '-' || extract(year from issued_on) || '-' || lpad(j::text, 6, '0'),
       substr(lpad(j::text, 12, '0'), 1, 4) || '-' || substr(lpad(j::text, 12, '0'), 5, 4) || '-' || substr(lpad(j::text, 12, '0'), 9, 4),
       last_name, first_names, birth_date, nationality, national_number, cri_code, cri_code, 'Rue 1, 4000 Liège', opened_on,
       opened_on + 60, issued_on, issued_on, 'OBLIGED', 'Officer', 'supervisor', issued_on + time '10:00',
       '\x255044462d312e370a'::bytea, md5('t' || j) || md5('u' || j),
       case when j > 175312 then issued_on + time '12:00' end, case when j > 175312 then 'supervisor' end,
       case when j > 175312 then 'error' end, 0
from gen_att;

insert into transmission (id, attestation_id, recipient_kind, recipient_nis, feed_cursor, due_at, first_fetched_at,
                          last_fetched_at, fetch_count, acknowledged_at, acknowledged_by, version)
select md5('x' || j || kind)::uuid, md5('t' || j)::uuid, kind, commune_nis,
       row_number() over (order by issued_on, j, kind), issued_on + time '10:00',
       case when acked then issued_on + time '11:00' end, case when acked then issued_on + time '11:00' end,
       case when acked then 1 else 0 end, case when acked then issued_on + time '12:00' end,
       case when acked then 'clerk' end, 0
from gen_att
cross join lateral (values ('COMMUNE'), ('CPAS')) k(kind)
cross join lateral (select issued_on < date '2026-11-06' or gen_h(j, 'ack') % 3 = 0 as acked) a
where kind = 'COMMUNE' or gen_h(j, 'cpas') % 100 < 60;
update transmission_cursor set last_value = (select max(feed_cursor) from transmission);
select recipient_kind, recipient_nis, count(*), count(*) filter (where acknowledged_at is null) from transmission
group by 1, 2 order by 3 desc limit 4;
