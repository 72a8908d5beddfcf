-- A registration waits for its address to be confirmed: the organisation and the account are created only when the
-- link mailed to the address is followed, so the registration page answers the same whether or not the address
-- already has an account. Only the SHA-256 hash of the link's token and of the password is stored.
create table registration_request (
    id             uuid primary key,
    token_hash     varchar(64) not null unique,
    email          varchar(254) not null,
    person_name    varchar(200) not null,
    password_hash  varchar(100) not null,
    role           varchar(30) not null,
    org_number     varchar(9) not null,
    org_name       varchar(200) not null,
    org_type       varchar(30) not null,
    nuts_code      varchar(5),
    sector         varchar(200),
    language       varchar(10) not null,
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    confirmed_at   timestamp with time zone,
    version        bigint not null
);
create index registration_request_by_email on registration_request (email, created_at);
