-- Imported eForms notices as opportunities. One row per notice; a newer version or a change notice replaces the
-- content in place (current_notice_id names the notice the content comes from).
create table notice_opportunity (
    id                     uuid primary key,
    notice_id              varchar(100) not null,
    current_notice_id      varchar(100) not null,
    changes_notice_id      varchar(100),
    notice_version         varchar(20) not null,
    version_number         int not null,
    kind                   varchar(30),
    notice_type            varchar(40),
    form_type              varchar(30),
    subtype                varchar(10),
    issued_at              timestamp with time zone,
    published_on           date,
    procedure_type         varchar(40),
    contract_nature        varchar(40),
    deadline               timestamp with time zone,
    estimated_value        numeric(24, 2),
    currency               varchar(3),
    strategic_innovation   boolean not null,
    innovative_acquisition varchar(200),
    source_url             varchar(500),
    cancelled              boolean not null,
    languages              varchar(200),
    imported_at            timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                bigint not null,
    constraint notice_opportunity_notice_once unique (notice_id)
);
create index notice_opportunity_by_current on notice_opportunity (current_notice_id);
create index notice_opportunity_by_changes on notice_opportunity (changes_notice_id);
create index notice_opportunity_by_published on notice_opportunity (published_on);

create table notice_opportunity_title (
    opportunity_id uuid not null references notice_opportunity (id),
    language       varchar(10) not null,
    content        varchar(1000) not null,
    primary key (opportunity_id, language)
);

create table notice_opportunity_description (
    opportunity_id uuid not null references notice_opportunity (id),
    language       varchar(10) not null,
    content        varchar(10000) not null,
    primary key (opportunity_id, language)
);

-- Every CPV code of the notice and its lots, the main code first.
create table notice_opportunity_cpv (
    opportunity_id uuid not null references notice_opportunity (id),
    idx            int not null,
    code           varchar(10) not null,
    primary key (opportunity_id, idx)
);

-- The CPV codes with all their ancestors, so that a parent code finds its descendants.
create table notice_opportunity_cpv_scope (
    opportunity_id uuid not null references notice_opportunity (id),
    code           varchar(10) not null,
    primary key (opportunity_id, code)
);

create table notice_opportunity_nuts (
    opportunity_id uuid not null references notice_opportunity (id),
    idx            int not null,
    code           varchar(10) not null,
    primary key (opportunity_id, idx)
);

create table notice_opportunity_buyer (
    opportunity_id uuid not null references notice_opportunity (id),
    idx            int not null,
    name           varchar(400) not null,
    company_id     varchar(100),
    org_number     varchar(9),
    primary key (opportunity_id, idx)
);
create index notice_opportunity_buyer_by_org_number on notice_opportunity_buyer (org_number);

create table notice_opportunity_lot (
    opportunity_id  uuid not null references notice_opportunity (id),
    idx             int not null,
    lot_id          varchar(50) not null,
    title           varchar(1000),
    title_language  varchar(10),
    deadline        timestamp with time zone,
    estimated_value numeric(24, 2),
    currency        varchar(3),
    primary key (opportunity_id, idx)
);
