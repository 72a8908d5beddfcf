-- A mandate version is a draft, ready for signature (the buyer put it before the top leader), or signed.
alter table project_mandate add column state varchar(30) default 'DRAFT' not null;
update project_mandate set state = 'SIGNED' where signed_at is not null;
-- Versions written before the life cycle were waiting for a signature already.
update project_mandate set state = 'READY_FOR_SIGNATURE' where signed_at is null;
