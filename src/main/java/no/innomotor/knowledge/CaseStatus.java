package no.innomotor.knowledge;

/** A case is a draft its project's readers see until its buyers publish it for everyone. */
public enum CaseStatus {
    DRAFT,
    PUBLISHED
}
