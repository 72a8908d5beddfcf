-- The market dialogue before a competition (roadmap step 3): a buyer's announcement, the companies that registered
-- interest with the people who take part, the questions they ask (private until the answer is published to all) and
-- the written input they send (read only by the buyer's team and the sending company). Projects and organisations
-- are other modules' tables: they are referenced by id, without foreign keys across modules.
create table dialogue_announcement (
    id                uuid primary key,
    project_id        uuid not null,
    organisation_id   uuid not null,
    title             varchar(200) not null,
    need              text not null,
    nuts_code         varchar(10) not null,
    interest_deadline timestamp with time zone,
    meetings_from     date,
    meetings_to       date,
    conference_date   date,
    place             varchar(200),
    contact_name      varchar(200),
    contact_email     varchar(254),
    status            varchar(20) not null,
    published_at      timestamp with time zone,
    created_by        uuid not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);

create index dialogue_announcement_project on dialogue_announcement (project_id);
create index dialogue_announcement_status on dialogue_announcement (status, published_at);

create table dialogue_announcement_cpv (
    announcement_id uuid not null references dialogue_announcement (id),
    sort_order      integer not null,
    code            varchar(8) not null,
    primary key (announcement_id, sort_order)
);

create table dialogue_registration (
    id              uuid primary key,
    announcement_id uuid not null references dialogue_announcement (id),
    company_id      uuid not null,
    registered_by   uuid not null,
    registered_at   timestamp with time zone not null,
    constraint dialogue_registration_once unique (announcement_id, company_id)
);

create table dialogue_participant (
    registration_id uuid not null references dialogue_registration (id),
    sort_order      integer not null,
    name            varchar(200) not null,
    email           varchar(254) not null,
    primary key (registration_id, sort_order)
);

create table dialogue_question (
    id              uuid primary key,
    announcement_id uuid not null references dialogue_announcement (id),
    company_id      uuid not null,
    asked_by        uuid not null,
    text            text not null,
    asked_at        timestamp with time zone not null,
    state           varchar(20) not null,
    main_question   uuid references dialogue_question (id),
    answer          text,
    answered_by     uuid,
    answered_at     timestamp with time zone,
    version         bigint not null
);

create index dialogue_question_announcement on dialogue_question (announcement_id, asked_at);

create table dialogue_input (
    id              uuid primary key,
    announcement_id uuid not null references dialogue_announcement (id),
    company_id      uuid not null,
    sent_by         uuid not null,
    text            text not null,
    sent_at         timestamp with time zone not null
);

create index dialogue_input_announcement on dialogue_input (announcement_id, sent_at);
