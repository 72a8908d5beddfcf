-- The case library: one case per project, built from the platform's own record of it (the need, the procedure, the
-- dialogue in figures, the instruments used), with lessons the buyers write; a draft until they publish it. No column
-- holds a person's name or e-mail address.
create table knowledge_case (
    id uuid primary key,
    project_id uuid not null unique,
    organisation_id uuid not null,
    organisation_name varchar(200) not null,
    title varchar(300) not null,
    need text not null,
    procedure_type varchar(50) not null,
    cpv_codes varchar(1000) not null,
    nuts_code varchar(10) not null,
    step integer not null,
    project_completed boolean not null,
    estimated_value_nok bigint not null,
    announcements integer not null,
    reached bigint not null,
    reached_smes bigint not null,
    reached_new bigint not null,
    registered bigint not null,
    registered_smes bigint not null,
    registered_new bigint not null,
    funding text not null,
    went_well text not null,
    do_differently text not null,
    advice text not null,
    status varchar(20) not null,
    built_at timestamp with time zone not null,
    published_at timestamp with time zone,
    version bigint not null
);
create index knowledge_case_status on knowledge_case (status);

-- The solution catalogue: a finished project's solution as its buyers describe it, for other buyers to follow or adopt.
create table knowledge_solution (
    id uuid primary key,
    project_id uuid not null unique,
    organisation_id uuid not null,
    organisation_name varchar(200) not null,
    name varchar(200) not null,
    description text not null,
    supplier varchar(200),
    contract_form text not null,
    listed_at timestamp with time zone not null,
    changed_at timestamp with time zone not null,
    version bigint not null
);

-- An adoption: another organisation took the solution into use, once per organisation and solution.
create table knowledge_adoption (
    id uuid primary key,
    solution_id uuid not null references knowledge_solution (id),
    origin_project_id uuid not null,
    origin_organisation_id uuid not null,
    organisation_id uuid not null,
    organisation_name varchar(200) not null,
    kind varchar(30) not null,
    adopted_on date not null,
    recorded_at timestamp with time zone not null,
    constraint knowledge_adoption_once unique (solution_id, organisation_id)
);
create index knowledge_adoption_origin on knowledge_adoption (origin_project_id);

-- Buyers who follow a solution, told in their inbox when it changes or is adopted.
create table knowledge_solution_follower (
    solution_id uuid not null references knowledge_solution (id),
    person_id uuid not null,
    followed_at timestamp with time zone not null,
    primary key (solution_id, person_id)
);
