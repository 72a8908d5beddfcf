-- Invitations to join an organisation and password-reset links. Only the SHA-256 hash of a link's token is
-- stored, so a copy of this table cannot be used to accept an invitation or take over an account.
create table invitation (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    email           varchar(254) not null,
    role            varchar(30) not null,
    token_hash      varchar(64) not null unique,
    invited_by      uuid references person (id),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    accepted_at     timestamp with time zone,
    accepted_by     uuid references person (id),
    version         bigint not null
);
create index invitation_by_organisation on invitation (organisation_id, accepted_at);

create table password_reset (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    version     bigint not null
);
create index password_reset_by_person on password_reset (person_id, created_at);
