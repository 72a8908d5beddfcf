package no.innomotor.dialogue;

/** Where an announcement is: a draft only the team sees, published for everyone, or withdrawn (final). */
public enum AnnouncementStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
