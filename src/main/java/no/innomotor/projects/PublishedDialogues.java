package no.innomotor.projects;

import java.util.Optional;

/**
 * The extension point through which the module that runs market dialogues tells the projects module about a
 * project's published announcement, without the projects module depending on it.
 */
public interface PublishedDialogues {

    /** The project's newest published announcement, if any; the caller has checked that the reader sees the project. */
    Optional<PublishedDialogue> newestPublished(ProjectId project);
}
