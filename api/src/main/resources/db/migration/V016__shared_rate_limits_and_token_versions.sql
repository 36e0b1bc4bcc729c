-- Sign-in throttle, rate limits and token revocation shared by every replica (docs/adr/0027-sign-in-throttle-and-token-revocation.md).
--
-- rate_limit_bucket: one row per limit (bucket) and client key with requests in the last period, as the theoretical
-- arrival time of the generic cell rate algorithm (a token bucket in one column): a request at t is allowed when
-- max(tat, t) + period/limit - t <= period, and then moves tat to max(tat, t) + period/limit. A row whose tat is past
-- is a full bucket, the same as no row: the purge deletes it. Keys are stored as their SHA-256, never as a username or
-- an address, and always 32 bytes long whatever was sent. UNLOGGED: counters lost in a crash are only forgotten
-- limits, and they cost no WAL.
create unlogged table rate_limit_bucket (
    bucket   varchar(40) not null,
    key_hash bytea       not null,
    tat      timestamptz not null,
    granted  boolean     not null,
    primary key (bucket, key_hash),
    constraint rate_limit_bucket_key_hash check (octet_length(key_hash) = 32)
);
create index rate_limit_bucket_tat_idx on rate_limit_bucket (tat);

-- sign_in_failure: failed sign-ins per account and address, and per account, for the progressive delay: failures
-- counted since the last success, forgotten when the last one is older than the memory (parcours.sign-in.memory);
-- retry_at is when the next attempt from that address for that account may be checked.
create unlogged table sign_in_failure (
    key_hash       bytea       primary key,
    failures       integer     not null,
    last_failed_at timestamptz not null,
    retry_at       timestamptz not null,
    constraint sign_in_failure_key_hash check (octet_length(key_hash) = 32),
    constraint sign_in_failure_failures check (failures > 0)
);
create index sign_in_failure_last_failed_at_idx on sign_in_failure (last_failed_at);

-- The version of an account's tokens: carried in every token (claim tv) and checked on every request; deactivation, a
-- change of role or tenant, a password reset and a logout add one, so that the tokens issued before are refused.
alter table user_account add column token_version bigint not null default 0;
alter table api_client add column token_version bigint not null default 0;
