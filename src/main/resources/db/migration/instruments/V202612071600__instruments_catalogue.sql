-- The instrument catalogue (measure M10): each instrument's working copy, which its actor's people and advisers
-- edit, and the immutable versions its actor published. The content (eligibility, calls, how to apply) is the
-- instrument's JSON document; the columns beside it are what lists filter and sort on.
create table instrument (
    id uuid primary key,
    owner_id uuid not null,
    owner_name varchar(200) not null,
    name varchar(200) not null,
    content text not null,
    published_number integer,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    changed_by uuid not null,
    changed_at timestamp with time zone not null,
    version bigint not null
);
create index instrument_owner on instrument (owner_id);

create table instrument_version (
    id uuid primary key,
    instrument_id uuid not null references instrument (id),
    number integer not null,
    owner_id uuid not null,
    owner_name varchar(200) not null,
    name varchar(200) not null,
    kind varchar(20) not null,
    audience varchar(10) not null,
    content text not null,
    published_by uuid not null,
    published_at timestamp with time zone not null,
    constraint instrument_version_number unique (instrument_id, number)
);
create index instrument_version_kind on instrument_version (kind);
