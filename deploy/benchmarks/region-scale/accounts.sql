-- The benchmark's staff accounts and commune client (production has no demo accounts). Password of every account and
-- secret of the client: Bench-Parcours-2026 (bcrypt $2a$, cost 10: read by api.security.Passwords,
-- which replaces it with its own $2b$ hash at the first sign-in, ADR 0026).
\set hash '''$2a$10$RtWzCe4HpqfdKPL5Xmwelutx2eh5BZ0x0dpct4FPbWJd0vkLwFAfm'''
insert into user_account (id, username, password_hash, display_name, role, cri_code, operator_code, nis_code, created_at) values
  ('00000099-0000-4000-8000-000000000001', 'agent.cripel', :hash, 'Agent CRIPEL (benchmark)', 'CRI_AGENT', 'CRIPEL', null, null, now()),
  ('00000099-0000-4000-8000-000000000002', 'superviseur.cripel', :hash, 'Superviseur CRIPEL (benchmark)', 'CRI_SUPERVISOR', 'CRIPEL', null, null, now()),
  ('00000099-0000-4000-8000-000000000003', 'formateur.forem', :hash, 'Formateur FOREM-LIEGE (benchmark)', 'OPERATOR_TRAINER', null, 'FOREM-LIEGE', null, now()),
  ('00000099-0000-4000-8000-000000000004', 'bench.admin', :hash, 'Administrateur (benchmark)', 'ADMINISTRATOR', null, null, null, now()),
  ('00000099-0000-4000-8000-000000000005', 'bench.analyst', :hash, 'Analyste (benchmark)', 'REGION_ANALYST', null, null, null, now());
insert into api_client (id, client_id, secret_hash, name, role, nis_code, created_at) values
  ('00000099-0000-4000-8000-000000000101', 'commune-62063', :hash, 'Ville de Liège (benchmark)', 'COMMUNE_CLIENT', '62063', now());
