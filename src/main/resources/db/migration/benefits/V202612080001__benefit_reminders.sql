-- The due date each benefit's owner was last reminded of, so the daily reminder tells of a due measurement once.
alter table benefit add column reminded_for date;
create index benefit_next_due on benefit (next_due);
