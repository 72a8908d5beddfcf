create table organisation (
    id          uuid primary key,
    org_number  varchar(9) not null unique,
    name        varchar(200) not null,
    type        varchar(30) not null,
    nuts_code   varchar(10),
    sector      varchar(200),
    status      varchar(20) not null,
    created_at  timestamp with time zone not null,
    version     bigint not null
);

create table person (
    id            uuid primary key,
    email         varchar(254) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200),
    enabled       boolean not null,
    created_at    timestamp with time zone not null,
    version       bigint not null
);

create table membership_role (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    organisation_id uuid not null references organisation (id),
    role            varchar(30) not null,
    granted_at      timestamp with time zone not null,
    constraint membership_role_once unique (person_id, organisation_id, role)
);
create index membership_role_by_organisation on membership_role (organisation_id);
