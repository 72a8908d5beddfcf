-- The newest mandate version's state, kept on the project so lists and the search index read it without the versions.
alter table project add column mandate_state varchar(30) default 'NONE' not null;
update project set mandate_state = coalesce(
    (select case m.state
                when 'SIGNED' then 'SIGNED'
                when 'READY_FOR_SIGNATURE' then 'AWAITING_SIGNATURE'
                else 'DRAFT'
            end
       from project_mandate m
      where m.project_id = project.id
        and m.version_number = (select max(n.version_number) from project_mandate n where n.project_id = project.id)),
    'NONE');
