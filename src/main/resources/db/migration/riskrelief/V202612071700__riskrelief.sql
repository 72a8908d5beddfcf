-- Risk relief (measure M7): schemes an instrument actor owns, their budgets per period (the ledger), applications
-- tied to a project, assessments with conflict declarations, decisions with their letter, milestones and payouts.
create table riskrelief_scheme (
    id uuid primary key,
    owner_id uuid not null,
    owner_name varchar(200) not null,
    name varchar(200) not null,
    description text not null,
    kind varchar(10) not null,
    audience varchar(10) not null,
    deadline date not null,
    status varchar(10) not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    published_at timestamp with time zone,
    version bigint not null
);
create index riskrelief_scheme_owner on riskrelief_scheme (owner_id);

create table riskrelief_criterion (
    scheme_id uuid not null references riskrelief_scheme (id),
    position int not null,
    id uuid not null,
    name varchar(300) not null,
    weight int not null,
    primary key (scheme_id, position)
);

create table riskrelief_scheme_category (
    scheme_id uuid not null references riskrelief_scheme (id),
    category varchar(30) not null,
    primary key (scheme_id, category)
);

-- One row per scheme and period: what the budget (kroner) or capacity (hours) is, what decisions committed and what
-- was paid out. Approving adds to committed only while the remainder covers it (a conditional update); the checks
-- refuse anything that would take the remainder below zero.
create table riskrelief_ledger (
    id uuid primary key,
    scheme_id uuid not null references riskrelief_scheme (id),
    period_year int not null,
    budget bigint not null,
    committed bigint not null,
    paid bigint not null,
    constraint riskrelief_ledger_period unique (scheme_id, period_year),
    constraint riskrelief_ledger_never_below_zero
        check (budget >= 0 and committed >= 0 and paid >= 0 and committed <= budget and paid <= committed)
);

create table riskrelief_application (
    id uuid primary key,
    scheme_id uuid not null references riskrelief_scheme (id),
    scheme_name varchar(200) not null,
    scheme_owner_id uuid not null,
    project_id uuid not null,
    project_title varchar(300) not null,
    project_need text not null,
    project_owner_name varchar(200) not null,
    project_value bigint,
    project_step int,
    applicant_id uuid not null,
    applicant_name varchar(200) not null,
    applicant_kind varchar(10) not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    submitted_by uuid,
    submitted_at timestamp with time zone,
    status varchar(12) not null,
    amount_requested bigint not null,
    period_start date,
    period_end date,
    summary text not null,
    outcome varchar(20),
    amount_granted bigint,
    conditions text,
    decided_by uuid,
    decided_at timestamp with time zone,
    letter bytea,
    letter_language varchar(5),
    final_report text,
    closed_at timestamp with time zone,
    version bigint not null
);
create index riskrelief_application_scheme on riskrelief_application (scheme_id);
create index riskrelief_application_applicant on riskrelief_application (applicant_id);
create index riskrelief_application_owner on riskrelief_application (scheme_owner_id);

create table riskrelief_application_category (
    application_id uuid not null references riskrelief_application (id),
    category varchar(30) not null,
    primary key (application_id, category)
);

create table riskrelief_answer (
    application_id uuid not null references riskrelief_application (id),
    criterion_id uuid not null,
    text text not null,
    primary key (application_id, criterion_id)
);

create table riskrelief_attachment (
    id uuid primary key,
    application_id uuid not null references riskrelief_application (id),
    filename varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    content bytea not null,
    purpose varchar(20) not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null
);
create index riskrelief_attachment_application on riskrelief_attachment (application_id);

create table riskrelief_history (
    id uuid primary key,
    application_id uuid not null references riskrelief_application (id),
    what varchar(40) not null,
    by_name varchar(200) not null,
    at timestamp with time zone not null
);
create index riskrelief_history_application on riskrelief_history (application_id);

create table riskrelief_assignment (
    id uuid primary key,
    application_id uuid not null references riskrelief_application (id),
    assessor_id uuid not null,
    assessor_name varchar(200) not null,
    assigned_by uuid not null,
    assigned_at timestamp with time zone not null,
    conflict boolean,
    conflict_reason text,
    declared_at timestamp with time zone,
    recommendation varchar(20),
    overall text,
    submitted_at timestamp with time zone,
    constraint riskrelief_assignment_once unique (application_id, assessor_id)
);
create index riskrelief_assignment_assessor on riskrelief_assignment (assessor_id);

create table riskrelief_score (
    assignment_id uuid not null references riskrelief_assignment (id),
    criterion_id uuid not null,
    score int not null,
    justification text not null,
    primary key (assignment_id, criterion_id),
    constraint riskrelief_score_range check (score between 0 and 10)
);

create table riskrelief_milestone (
    id uuid primary key,
    application_id uuid not null references riskrelief_application (id),
    position int not null,
    name varchar(300) not null,
    due_on date not null,
    amount bigint not null,
    report text,
    reported_by uuid,
    reported_at timestamp with time zone,
    paid_by uuid,
    paid_at timestamp with time zone,
    reminded_on date
);
create index riskrelief_milestone_application on riskrelief_milestone (application_id);
