-- Files of the market dialogue, the dialogue conference and draft tender documents out for comment.
--
-- dialogue_attachment holds every file the dialogue keeps, with its owner: the announcement itself (public once
-- published), a company's written input (the company and the buyer's team only; company_id names the sender), the
-- conference's presentation material or a draft document (everyone registered for the dialogue, and the team).
-- The bytes are kept apart, so lists of files never load them.
create table dialogue_attachment (
    id              uuid primary key,
    announcement_id uuid not null references dialogue_announcement (id),
    owner_kind      varchar(20) not null,
    owner_id        uuid not null,
    company_id      uuid,
    filename        varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint not null,
    sha256          varchar(64) not null,
    uploaded_by     uuid not null,
    uploaded_at     timestamp with time zone not null
);

create index dialogue_attachment_owner on dialogue_attachment (announcement_id, owner_kind, owner_id, uploaded_at);

create table dialogue_attachment_content (
    attachment_id uuid primary key references dialogue_attachment (id),
    content       bytea not null,
    version       bigint not null
);

-- One conference per announcement. Capacity counts persons; the conference row is locked while a registration is
-- decided, so the confirmed persons never exceed it.
create table dialogue_conference (
    id                   uuid primary key,
    announcement_id      uuid not null references dialogue_announcement (id),
    conference_date      date not null,
    starts_at            time not null,
    ends_at              time not null,
    place                varchar(200),
    online               boolean not null,
    capacity             integer not null,
    max_per_company      integer not null,
    minutes              text,
    minutes_published_at timestamp with time zone,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null,
    constraint dialogue_conference_once unique (announcement_id)
);

create table dialogue_conference_agenda (
    conference_id uuid not null references dialogue_conference (id),
    sort_order    integer not null,
    starts_at     time not null,
    title         varchar(200) not null,
    primary key (conference_id, sort_order)
);

create table dialogue_conference_registration (
    id              uuid primary key,
    conference_id   uuid not null references dialogue_conference (id),
    company_id      uuid not null,
    status          varchar(20) not null,
    registered_by   uuid not null,
    registered_at   timestamp with time zone not null,
    promoted_at     timestamp with time zone,
    version         bigint not null,
    constraint dialogue_conference_registration_once unique (conference_id, company_id)
);

create index dialogue_conference_registration_queue
    on dialogue_conference_registration (conference_id, status, registered_at);

create table dialogue_conference_participant (
    registration_id uuid not null references dialogue_conference_registration (id),
    sort_order      integer not null,
    name            varchar(200) not null,
    email           varchar(254) not null,
    primary key (registration_id, sort_order)
);

-- Draft tender documents published for comment; comments are read by the team and the commenting company only,
-- the summary (naming nobody) by everyone registered.
create table dialogue_draft_document (
    id                   uuid primary key,
    announcement_id      uuid not null references dialogue_announcement (id),
    title                varchar(200) not null,
    description          text not null,
    comment_deadline     timestamp with time zone not null,
    published_by         uuid not null,
    published_at         timestamp with time zone not null,
    summary              text,
    summary_published_at timestamp with time zone,
    version              bigint not null
);

create index dialogue_draft_document_announcement on dialogue_draft_document (announcement_id, published_at);

create table dialogue_draft_comment (
    id           uuid primary key,
    draft_id     uuid not null references dialogue_draft_document (id),
    company_id   uuid not null,
    commented_by uuid not null,
    text         text not null,
    commented_at timestamp with time zone not null
);

create index dialogue_draft_comment_draft on dialogue_draft_comment (draft_id, commented_at);
