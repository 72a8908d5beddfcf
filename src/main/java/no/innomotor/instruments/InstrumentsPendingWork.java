package no.innomotor.instruments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's share of the front page. For an instrument actor's people: their drafts never published, changes
 * not yet published, and calls closing within {@link #CLOSING_DAYS} days. For an adviser: published instruments
 * whose every call has closed, which need a new call (or to become rolling) before anyone can apply.
 */
@Component
class InstrumentsPendingWork implements PendingWork {

    static final int CLOSING_DAYS = 30;

    private final InstrumentQueries queries;
    private final Clock clock;

    InstrumentsPendingWork(InstrumentQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        boolean actor = user.hasRoleAnywhere(Role.INSTRUMENT_ACTOR);
        boolean adviser = InstrumentAccess.adviser(user);
        if (!actor && !adviser) {
            return List.of();
        }
        LocalDate today = NorwegianTime.today(clock);
        List<WorkItem> items = new ArrayList<>();
        for (ManagedInstrument instrument : queries.kept(user)) {
            String link = "/instruments/" + instrument.id();
            if (InstrumentAccess.owns(user, instrument.owner())) {
                if (instrument.draft()) {
                    items.add(new WorkItem(
                            "instruments.work.draft",
                            List.of(),
                            instrument.name(),
                            instrument.ownerName(),
                            link,
                            null));
                } else if (instrument.unpublishedChanges()) {
                    items.add(new WorkItem(
                            "instruments.work.changes",
                            List.of(),
                            instrument.name(),
                            instrument.ownerName(),
                            link,
                            null));
                }
                LocalDate deadline = instrument.nextDeadline();
                if (!instrument.draft() && deadline != null && !deadline.isAfter(today.plusDays(CLOSING_DAYS))) {
                    items.add(new WorkItem(
                            "instruments.work.callClosing",
                            List.of(),
                            instrument.name(),
                            instrument.ownerName(),
                            link,
                            deadline));
                }
            }
            if (adviser && instrument.callsClosed()) {
                items.add(new WorkItem(
                        "instruments.work.callsClosed",
                        List.of(),
                        instrument.name(),
                        instrument.ownerName(),
                        link + "/edit",
                        null));
            }
        }
        return items;
    }
}
