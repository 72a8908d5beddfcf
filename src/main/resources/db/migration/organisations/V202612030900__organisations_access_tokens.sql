-- Personal access tokens for the API (Authorization: Bearer). Only the SHA-256 hash of the secret is stored, with a
-- short prefix of it that the profile page shows so the person can tell tokens apart. Every token expires; a revoked
-- one stays, so the list and the audit trail can name it.
create table access_token (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    name         varchar(100) not null,
    scope        varchar(20) not null,
    token_hash   varchar(64) not null,
    prefix       varchar(12) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint access_token_hash_once unique (token_hash)
);
create index access_token_by_person on access_token (person_id);
