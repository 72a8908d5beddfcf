package no.innomotor.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's one time zone: dates and times people see, deadlines and "today" are Norwegian time. Read "today"
 * through the application's {@link Clock} (tests move it), never from the system clock.
 */
public final class NorwegianTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private NorwegianTime() {}

    /** The date it is in Norway now, by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
