-- Every mail the platform sent: over SMTP (body not kept: it may hold a sign-in or invitation link), or, with no
-- SMTP server configured, into the development outbox (body kept, readable by administrators).
create table sent_mail (
    id          uuid primary key,
    recipient   varchar(254) not null,
    subject     varchar(500) not null,
    body        varchar(10000),
    language    varchar(10) not null,
    channel     varchar(10) not null,
    sent_at     timestamp with time zone not null
);
create index sent_mail_by_time on sent_mail (sent_at);
