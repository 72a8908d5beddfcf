-- Spring Modulith's persistent event publication registry: events to other modules survive a restart.
create table event_publication (
    id                     uuid primary key,
    publication_date       timestamp with time zone not null,
    listener_id            varchar(512) not null,
    serialized_event       text not null,
    event_type             varchar(512) not null,
    completion_date        timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts    int not null default 0,
    status                 varchar(20)
);
create index event_publication_by_completion on event_publication (completion_date);
