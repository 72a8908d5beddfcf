package no.innomotor.dialogue;

/**
 * A project's market dialogue in figures, for readers that show them without a person behind the question (the case
 * library): how many announcements suppliers saw, how many companies their alerts reached, how many companies
 * registered — each with the SMEs and the companies new to the public sector among them. Counts only: no company is
 * named, and nothing a company wrote is in it.
 *
 * <p>Registered companies count as SMEs or new to the public sector by their listed supplier profile; a company
 * without one counts in {@code registered} alone.
 */
public record DialogueFigures(
        int announcements,
        long reached,
        long reachedSmes,
        long reachedNewToPublicSector,
        long registered,
        long registeredSmes,
        long registeredNewToPublicSector) {

    public static final DialogueFigures NONE = new DialogueFigures(0, 0, 0, 0, 0, 0, 0);
}
