-- Supplier profiles (one per company), the saved searches of supplier people, the alerts the platform sent when a
-- new opportunity matched, and the opportunities a supplier person follows, saved or expressed interest in. Other
-- modules' rows are referenced by id only (organisation_id, person_id, opportunity_id).
-- Codes and keywords are kept as one column each (CPV and NUTS codes separated by spaces, keywords by commas), so
-- matching a new opportunity reads every profile in pages of plain rows, without a query per profile.
create table supplier_profile (
    organisation_id      uuid primary key,
    company_name         varchar(200) not null,
    employees            integer not null,
    size_class           varchar(10) not null,
    founded_year         integer,
    competences          varchar(2000) not null,
    competence_scope     varchar(4000) not null,
    regions              varchar(1000) not null,
    keywords             varchar(1000) not null,
    pitch                text not null,
    reference_text       text not null,
    sold_to_public       boolean not null,
    target_markets       text not null,
    three_year_goal      text not null,
    help_wanted          text not null,
    listed               boolean not null,
    contacts_visible     boolean not null,
    references_visible   boolean not null,
    growth_visible       boolean not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null,
    constraint supplier_profile_employees_not_negative check (employees >= 0)
);
create index supplier_profile_listed on supplier_profile (listed, organisation_id);

create table supplier_profile_contact (
    organisation_id uuid not null references supplier_profile (organisation_id),
    sort_order      integer not null,
    name            varchar(200) not null,
    contact_role    varchar(200) not null,
    email           varchar(320) not null,
    phone           varchar(40) not null,
    primary key (organisation_id, sort_order)
);

create table supplier_saved_search (
    id              uuid primary key,
    person_id       uuid not null,
    organisation_id uuid not null,
    name            varchar(200) not null,
    cpv_codes       varchar(2000) not null,
    regions         varchar(1000) not null,
    keywords        varchar(1000) not null,
    mail            boolean not null,
    created_at      timestamp with time zone not null,
    version         bigint not null
);
create index supplier_saved_search_person on supplier_saved_search (person_id, created_at);

create table supplier_alert (
    id                uuid primary key,
    opportunity_id    uuid not null,
    opportunity_title varchar(1000) not null,
    organisation_id   uuid not null,
    person_id         uuid,
    search_id         uuid,
    matched_name      varchar(200) not null,
    reason_cpv        varchar(2000) not null,
    reason_regions    varchar(1000) not null,
    reason_keywords   varchar(1000) not null,
    sme               boolean not null,
    new_to_public     boolean not null,
    mail              boolean not null,
    created_at        timestamp with time zone not null
);
create index supplier_alert_opportunity on supplier_alert (opportunity_id, organisation_id);
create index supplier_alert_organisation on supplier_alert (organisation_id, created_at);
create index supplier_alert_person on supplier_alert (person_id, created_at);

create table supplier_opportunity_mark (
    id              uuid primary key,
    opportunity_id  uuid not null,
    person_id       uuid not null,
    organisation_id uuid not null,
    kind            varchar(20) not null,
    created_at      timestamp with time zone not null,
    constraint supplier_opportunity_mark_once unique (opportunity_id, person_id, kind)
);
create index supplier_opportunity_mark_person on supplier_opportunity_mark (person_id, created_at);
