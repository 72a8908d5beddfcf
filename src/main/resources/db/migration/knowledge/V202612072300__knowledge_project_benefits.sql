-- The knowledge module's own copy of each project's benefit figures, replaced whole by every BenefitFiguresChanged
-- event: the case library, analytics and open data read it without reaching into the benefits module's tables.
create table knowledge_project_benefits (
    project_id uuid primary key,
    organisation_id uuid not null,
    benefits integer not null,
    measured integer not null,
    realised integer not null,
    off_track integer not null,
    planned_nok bigint not null,
    realised_nok bigint not null,
    showcased boolean not null,
    figures text not null,
    changed_at timestamp with time zone not null
);
create index knowledge_project_benefits_organisation on knowledge_project_benefits (organisation_id);
