-- Settling finds the open messages of one kind that lead to one page (every top leader's "mandate waiting for your
-- signature" once one of them has signed). One announcement can now put tens of thousands of alerts in the table,
-- so that look-up gets an index of its own instead of reading every message.
create index inbox_message_kind_link on inbox_message (kind, link, settled_at);
