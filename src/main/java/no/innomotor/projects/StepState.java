package no.innomotor.projects;

/** A roadmap step as the project sees it: completed, the one being worked on, or still ahead. */
public enum StepState {
    DONE,
    CURRENT,
    UPCOMING
}
