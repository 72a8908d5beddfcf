-- The in-app inbox: one message per recipient. The text is rendered in the reader's language when shown, from the
-- message kind and its typed parameters (JSON, as the audit trail stores details).
create table inbox_message (
    id           uuid primary key,
    recipient_id uuid                     not null,
    kind         varchar(100)             not null,
    parameters   text,
    link         varchar(500),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone
);

create index inbox_message_recipient on inbox_message (recipient_id, created_at);
create index inbox_message_unread on inbox_message (recipient_id, read_at);
