-- Supplier follow-up (measure M8): an adviser's plan per supplier company, with its activities, next steps,
-- outcomes and the comments of the company's people. One open plan per company.
create table followup_plan (
    id uuid primary key,
    company_id uuid not null,
    company_name varchar(200) not null,
    status varchar(10) not null,
    open_company_id uuid,
    goal_markets text not null,
    goal_three_year text not null,
    goal_help text not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    changed_at timestamp with time zone not null,
    version bigint not null,
    constraint followup_plan_one_open unique (open_company_id)
);
create index followup_plan_company on followup_plan (company_id);

create table followup_activity (
    id uuid primary key,
    plan_id uuid not null references followup_plan (id),
    kind varchar(30) not null,
    held_on date not null,
    description text not null,
    participants varchar(500) not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null
);
create index followup_activity_plan on followup_activity (plan_id);

create table followup_next_step (
    id uuid primary key,
    plan_id uuid not null references followup_plan (id),
    text varchar(2000) not null,
    due_on date not null,
    responsible varchar(10) not null,
    done_at timestamp with time zone,
    done_by uuid,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null
);
create index followup_next_step_plan on followup_next_step (plan_id);

create table followup_outcome (
    id uuid primary key,
    plan_id uuid not null references followup_plan (id),
    text text not null,
    reached_on date not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null
);
create index followup_outcome_plan on followup_outcome (plan_id);

create table followup_comment (
    id uuid primary key,
    plan_id uuid not null references followup_plan (id),
    text text not null,
    author_id uuid not null,
    author_name varchar(200) not null,
    from_company boolean not null,
    written_at timestamp with time zone not null
);
create index followup_comment_plan on followup_comment (plan_id);

-- When a person of the company last read the plan: a change after that is unread for them.
create table followup_plan_read (
    plan_id uuid not null references followup_plan (id),
    person_id uuid not null,
    read_at timestamp with time zone not null,
    primary key (plan_id, person_id)
);
