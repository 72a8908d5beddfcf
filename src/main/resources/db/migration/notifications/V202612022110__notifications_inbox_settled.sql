-- A message that asked for something no longer needed (a mandate waiting for a signature that another top leader
-- gave) is settled: it no longer counts as unread, and the inbox says it has been taken care of, and why.
alter table inbox_message add column settled_at timestamp with time zone;
alter table inbox_message add column settled_kind varchar(100);
