package no.innomotor.organisations;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import no.innomotor.shared.PersonId;

/** Counts wrong passwords per person within a window, in memory (one node), to stop guessing. */
final class WrongPasswords {

    private record Failures(int count, Instant first) {}

    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<PersonId, Failures> failures = new ConcurrentHashMap<>();

    WrongPasswords(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    boolean isLocked(PersonId person, Instant now) {
        Failures f = failures.get(person);
        if (f == null) {
            return false;
        }
        if (!now.isBefore(f.first().plus(window))) {
            failures.remove(person, f);
            return false;
        }
        return f.count() >= limit;
    }

    void record(PersonId person, Instant now) {
        failures.merge(
                person,
                new Failures(1, now),
                (old, fresh) ->
                        now.isBefore(old.first().plus(window)) ? new Failures(old.count() + 1, old.first()) : fresh);
    }

    void clear(PersonId person) {
        failures.remove(person);
    }
}
