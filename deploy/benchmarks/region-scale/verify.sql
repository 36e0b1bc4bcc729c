-- Checks every foreign key of the public schema on the loaded rows (the load turns off the triggers that enforce
-- them): one anti-join per constraint; fails, naming the constraint, when a row references nothing.
\set ON_ERROR_STOP on
do $$
declare
  fk record;
  missing bigint;
  checked int := 0;
begin
  for fk in
    select c.conname, c.conrelid::regclass as child, c.confrelid::regclass as parent,
           (select string_agg(format('c.%I = p.%I', a.attname, b.attname), ' and ')
              from unnest(c.conkey, c.confkey) k(ck, pk)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.ck
              join pg_attribute b on b.attrelid = c.confrelid and b.attnum = k.pk) as joins,
           (select string_agg(format('c.%I is not null', a.attname), ' and ')
              from unnest(c.conkey) k(ck) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.ck) as present
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'
  loop
    execute format('select count(*) from %s c where %s and not exists (select 1 from %s p where %s)',
                   fk.child, fk.present, fk.parent, fk.joins) into missing;
    if missing > 0 then
      raise exception 'foreign key %: % rows of % reference nothing', fk.conname, missing, fk.child;
    end if;
    checked := checked + 1;
  end loop;
  raise notice 'every foreign key holds (% constraints)', checked;
end $$;
