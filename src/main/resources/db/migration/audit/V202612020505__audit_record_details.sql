-- The event's parameters as typed JSON, rendered in the reader's language; older records have none and show
-- their summary.
alter table audit_record add column details text;

-- Older records named the action by the event's class; they get the stable codes that replace those names.
update audit_record set action = 'project.created' where action = 'ProjectCreated';
update audit_record set action = 'project.updated' where action = 'ProjectUpdated';
update audit_record set action = 'mandate.drafted' where action = 'MandateDrafted';
update audit_record set action = 'mandate.signed' where action = 'MandateSigned';
update audit_record set action = 'checklist.item-checked' where action = 'ChecklistItemChecked';
update audit_record set action = 'checklist.item-unchecked' where action = 'ChecklistItemUnchecked';
update audit_record set action = 'checklist.item-added' where action = 'ChecklistItemAdded';
update audit_record set action = 'checklist.item-removed' where action = 'ChecklistItemRemoved';
update audit_record set action = 'step.notes-saved' where action = 'StepNotesUpdated';
update audit_record set action = 'document.uploaded' where action = 'DocumentUploaded';
update audit_record set action = 'step.completed' where action = 'StepCompleted';
update audit_record set action = 'project.paused' where action = 'ProjectPaused';
update audit_record set action = 'project.resumed' where action = 'ProjectResumed';
update audit_record set action = 'project.stopped' where action = 'ProjectStopped';
update audit_record set action = 'consultation-notice.saved' where action = 'ConsultationNoticeSaved';
update audit_record set action = 'consultation-notice.exported' where action = 'MarketConsultationNoticeExported';
update audit_record set action = 'opportunity.imported' where action = 'NoticeImported';
update audit_record set action = 'opportunity.updated' where action = 'NoticeUpdated';
update audit_record set action = 'organisation.registered' where action = 'OrganisationRegistered';
update audit_record set action = 'organisation.approved' where action = 'OrganisationApproved';
update audit_record set action = 'organisation.rejected' where action = 'OrganisationRejected';
update audit_record set action = 'person.registered' where action = 'PersonRegistered';
update audit_record set action = 'role.granted' where action = 'RoleGranted';
update audit_record set action = 'invitation.sent' where action = 'MemberInvited';
update audit_record set action = 'invitation.accepted' where action = 'InvitationAccepted';
update audit_record set action = 'password.reset-requested' where action = 'PasswordResetRequested';
update audit_record set action = 'password.changed' where action = 'PasswordChanged';
update audit_record set action = 'identity.linked' where action = 'IdentityLinked';
update audit_record set action = 'identity.unlinked' where action = 'IdentityUnlinked';
