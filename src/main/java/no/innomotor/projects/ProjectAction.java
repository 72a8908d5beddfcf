package no.innomotor.projects;

/** What a person may be about to do with a project, checked before a form is read ({@link ProjectsManagement#authorise}). */
public enum ProjectAction {
    /** Change the project, its steps, checklists, documents and mandate drafts: a buyer of the owning organisation. */
    CHANGE,
    /** Sign the mandate: a top leader of the owning organisation. */
    SIGN,
    /** Pause, resume or stop the project: a buyer or top leader of the owning organisation. */
    STEER
}
