package no.innomotor.shared.work;

import java.util.List;
import no.innomotor.shared.security.CurrentUser;

/**
 * A module's share of "what needs you now", the signed-in person's front page. Every module that has work waiting
 * for people contributes one bean; the platform's front page asks them all and shows the items together, so a new
 * module adds its items without touching the page.
 */
public interface PendingWork {

    /** What waits for this person, from their roles in each organisation; empty when nothing does. */
    List<WorkItem> waitingFor(CurrentUser user);
}
