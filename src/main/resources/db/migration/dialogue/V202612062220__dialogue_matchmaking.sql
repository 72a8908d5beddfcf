-- Matchmaking: a registered company that agrees is shown to the other companies that agreed for the same
-- announcement, to form consortia. One row per company and announcement while it takes part; leaving deletes the
-- row (the dialogue log keeps that it joined and left). The contact is one of the company's registered participants.
create table dialogue_matchmaking (
    id             uuid primary key,
    announcement_id uuid not null references dialogue_announcement (id),
    company_id     uuid not null,
    offer          text not null,
    contact_name   varchar(200) not null,
    contact_email  varchar(254) not null,
    joined_by      uuid not null,
    joined_at      timestamp with time zone not null,
    version        bigint not null,
    constraint dialogue_matchmaking_one_per_company unique (announcement_id, company_id)
);

create index dialogue_matchmaking_announcement on dialogue_matchmaking (announcement_id, joined_at);
