-- Innovative procurement projects, their eight roadmap steps with checklists, the mandate versions a top leader
-- signs, and uploaded documents. Other modules' rows are referenced by id only (organisation_id, person ids).
create table project (
    id                  uuid primary key,
    title               varchar(200) not null,
    need                text not null,
    organisation_id     uuid not null,
    estimated_value_nok bigint not null,
    nuts_code           varchar(10) not null,
    procedure_type      varchar(50) not null,
    status              varchar(20) not null,
    current_step        integer not null,
    stop_reason         text,
    created_by          uuid,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint not null,
    constraint project_value_not_negative check (estimated_value_nok >= 0),
    constraint project_step_in_roadmap check (current_step between 1 and 8)
);
create index project_by_organisation on project (organisation_id, created_at);

create table project_cpv (
    project_id uuid not null references project (id),
    sort_order integer not null,
    code       varchar(8) not null,
    primary key (project_id, sort_order)
);

create table project_team_member (
    project_id uuid not null references project (id),
    person_id  uuid not null,
    primary key (project_id, person_id)
);

create table project_step (
    id           uuid primary key,
    project_id   uuid not null references project (id),
    step_number  integer not null,
    notes        text,
    due_date     date,
    completed_at timestamp with time zone,
    completed_by uuid,
    version      bigint not null,
    constraint project_step_once unique (project_id, step_number)
);

create table project_checklist_item (
    id           uuid primary key,
    step_id      uuid not null references project_step (id),
    sort_order   integer not null,
    guidance_key varchar(100),
    item_text    varchar(500),
    is_required  boolean not null,
    done         boolean not null,
    done_by      uuid,
    done_at      timestamp with time zone,
    added_by     uuid,
    version      bigint not null,
    constraint project_checklist_item_has_text check (guidance_key is not null or item_text is not null)
);
create index project_checklist_item_by_step on project_checklist_item (step_id);

-- A signed version is never updated by the application: a change becomes a new version.
create table project_mandate (
    id               uuid primary key,
    project_id       uuid not null references project (id),
    version_number   integer not null,
    goal             text not null,
    budget_frame_nok bigint not null,
    risk_appetite    varchar(20) not null,
    benefit_ambition text not null,
    start_date       date not null,
    end_date         date not null,
    drafted_by       uuid,
    drafted_at       timestamp with time zone not null,
    signed_by        uuid,
    signer_name      varchar(200),
    signed_at        timestamp with time zone,
    content_hash     varchar(64),
    version          bigint not null,
    constraint project_mandate_version_once unique (project_id, version_number),
    constraint project_mandate_budget_not_negative check (budget_frame_nok >= 0)
);

create table project_document (
    id           uuid primary key,
    project_id   uuid not null references project (id),
    step_number  integer not null,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    uploaded_by  uuid,
    uploaded_at  timestamp with time zone not null,
    version      bigint not null
);
create index project_document_by_step on project_document (project_id, step_number);

create table project_document_content (
    document_id uuid primary key references project_document (id),
    content     bytea not null,
    version     bigint not null
);
