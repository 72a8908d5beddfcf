package no.innomotor.suppliers;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An opportunity a supplier person marked, with its title, the marks they set and when they first marked it. */
public record MarkedOpportunity(UUID opportunity, String title, Set<MarkKind> marks, Instant since) {

    public MarkedOpportunity {
        marks = Set.copyOf(marks);
    }
}
