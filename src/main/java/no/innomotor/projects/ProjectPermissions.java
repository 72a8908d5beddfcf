package no.innomotor.projects;

/**
 * What the person reading a project may do with it: edit its content (a buyer of the owning organisation), sign its
 * mandate (a top leader of it), and pause, resume or stop it (either of them). Advisers and administrators read.
 */
public record ProjectPermissions(boolean edit, boolean sign, boolean steer) {

    public static final ProjectPermissions READ_ONLY = new ProjectPermissions(false, false, false);
}
