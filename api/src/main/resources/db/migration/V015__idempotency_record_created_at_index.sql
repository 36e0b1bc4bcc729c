-- The purge of the idempotency keys past their retention (docs/adr/0014-idempotent-postings.md, IdempotencyPurge)
-- deletes them in batches, oldest first: this index finds each batch without reading the whole table.
create index idempotency_record_created_at_idx on idempotency_record (created_at);
