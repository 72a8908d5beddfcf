-- Append-only: the application only ever inserts here.
create table audit_record (
    id              uuid primary key,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    organisation_id uuid,
    action          varchar(100) not null,
    object_type     varchar(50) not null,
    object_id       varchar(100) not null,
    summary         varchar(2000) not null
);
create index audit_record_by_object on audit_record (object_type, object_id, occurred_at);
create index audit_record_by_time on audit_record (occurred_at);
create index audit_record_by_organisation on audit_record (organisation_id, occurred_at);
