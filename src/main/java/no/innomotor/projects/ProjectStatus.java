package no.innomotor.projects;

/** Where a project stands as a whole. Stopped and completed are final. */
public enum ProjectStatus {
    ACTIVE,
    PAUSED,
    STOPPED,
    COMPLETED;

    public boolean isFinal() {
        return this == STOPPED || this == COMPLETED;
    }
}
