-- Coordination of a project's funding (seed barrier 3): every instrument a project applied for or was granted, from
-- risk relief's events or recorded by the team, and the total cost the team counts for funding purposes.
create table funding_entry (
    id uuid primary key,
    project_id uuid not null,
    project_organisation_id uuid not null,
    source varchar(12) not null,
    application_id varchar(64),
    instrument_name varchar(300) not null,
    instrument_id varchar(64),
    actor_organisation_id uuid,
    actor_name varchar(300) not null,
    status varchar(10) not null,
    amount_applied bigint not null,
    amount_granted bigint,
    period_start date not null,
    period_end date not null,
    cost_categories varchar(300) not null,
    max_cofinancing_percent integer,
    note text not null,
    created_at timestamp with time zone not null,
    changed_at timestamp with time zone not null,
    version bigint not null,
    constraint funding_entry_one_per_application unique (application_id)
);
create index funding_entry_project on funding_entry (project_id);
create index funding_entry_owner on funding_entry (project_organisation_id);
create index funding_entry_actor on funding_entry (actor_organisation_id);

create table funding_budget (
    project_id uuid primary key,
    total_cost bigint,
    changed_at timestamp with time zone not null,
    version bigint not null
);
