-- Benefit realisation by DFØ's method: one plan per project with its benefits (the benefit overview), links between
-- benefits (the benefit map) and the measurements of each benefit's indicator. Each benefit keeps its latest
-- measurement (latest_value, latest_on), so roll-ups over many projects never scan the measurements.
create table benefit_plan (
    project_id uuid primary key,
    organisation_id uuid not null,
    -- Copied from the project and its organisation at every save, so roll-ups group without other modules' tables.
    nuts_code varchar(9) not null,
    sector varchar(100),
    showcased boolean not null,
    story text not null,
    update_requested boolean not null,
    created_at timestamp with time zone not null,
    changed_at timestamp with time zone not null,
    version bigint not null
);
create index benefit_plan_organisation on benefit_plan (organisation_id);
create index benefit_plan_nuts on benefit_plan (nuts_code);

create table benefit (
    id uuid primary key,
    project_id uuid not null references benefit_plan (project_id),
    position integer not null,
    title varchar(200) not null,
    description text not null,
    type varchar(12) not null,
    priced boolean not null,
    quantitative boolean not null,
    indicator varchar(200) not null,
    unit varchar(40) not null,
    method text not null,
    baseline_value numeric(19, 4),
    baseline_on date,
    baseline_source varchar(300) not null,
    target_value numeric(19, 4),
    target_on date,
    schedule varchar(12) not null,
    owner_id uuid not null,
    owner_name varchar(200) not null,
    preconditions text not null,
    actions text not null,
    risks text not null,
    mandate_goal text not null,
    planned_nok bigint,
    leads_to varchar(2000) not null,
    latest_value numeric(19, 4),
    latest_on date,
    realised_nok bigint,
    next_due date,
    status varchar(12) not null,
    version bigint not null
);
create index benefit_project on benefit (project_id);
create index benefit_due on benefit (next_due);

create table benefit_measurement (
    id uuid primary key,
    benefit_id uuid not null references benefit (id),
    project_id uuid not null,
    measured_on date not null,
    measured_value numeric(19, 4) not null,
    comment text not null,
    recorded_by uuid,
    recorded_at timestamp with time zone not null
);
create index benefit_measurement_benefit on benefit_measurement (benefit_id, measured_on);
