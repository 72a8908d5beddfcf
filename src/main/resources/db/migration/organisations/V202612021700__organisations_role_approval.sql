-- A role waits for a second person's approval (TOP_LEADER) before it counts; who granted and who approved it.
alter table membership_role add column status varchar(20) default 'ACTIVE' not null;
alter table membership_role add column granted_by uuid;
alter table membership_role add column approved_by uuid;
alter table membership_role add column approved_at timestamp with time zone;
create index membership_role_by_status on membership_role (status);
