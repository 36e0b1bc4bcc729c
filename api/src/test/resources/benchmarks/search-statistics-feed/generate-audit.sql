\timing on
set synchronous_commit = off;
drop index if exists audit_event_person_idx;
insert into audit_event (id, occurred_at, actor, role, tenant, endpoint, person_id, action, outcome)
select md5('e' || e)::uuid, timestamptz '2016-12-01' + e * interval '15.78 seconds', 'agent.gen', 'CRI_AGENT', 'CRIPEL',
       'GET /persons/{id}', md5('p' || (1 + gen_h(e, 'ap') % 200000))::uuid, 'READ', 'SUCCESS'
from generate_series(1, 20000000) e;
create index audit_event_person_idx on audit_event (person_id, occurred_at desc, id);
