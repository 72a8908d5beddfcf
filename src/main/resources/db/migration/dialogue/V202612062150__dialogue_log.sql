-- The dialogue log: every contact between the buyer's team and a supplier in one announcement's market dialogue,
-- in the order it happened (what, when, who), for the needs document and the documentation duty. Rows are only
-- ever added: a cancelled booking or a withdrawn registration is a new row, never an edited one. The text is the
-- content of the contact (a question, an answer, written input, minutes), so the log is read by the team alone.
create table dialogue_log_entry (
    id              uuid primary key,
    announcement_id uuid not null references dialogue_announcement (id),
    occurred_at     timestamp with time zone not null,
    kind            varchar(40) not null,
    company_id      uuid,
    company_name    varchar(200),
    person_id       uuid not null,
    person_name     varchar(200) not null,
    text            text,
    reference_id    uuid
);

create index dialogue_log_entry_announcement on dialogue_log_entry (announcement_id, occurred_at, id);
