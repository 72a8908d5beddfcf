package no.innomotor.dialogue;

/**
 * What a file of the dialogue belongs to, which decides who may download it: the announcement's own files are
 * public once it is published; written input's files only the sending company and the team read; the conference's
 * material and a draft document's files everyone registered for the dialogue and the team.
 */
public enum AttachmentOwner {
    ANNOUNCEMENT,
    INPUT,
    CONFERENCE,
    DRAFT
}
