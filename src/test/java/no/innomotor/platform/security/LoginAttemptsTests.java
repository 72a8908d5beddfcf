package no.innomotor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTests {

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final LoginAttempts attempts = new LoginAttempts(5, Duration.ofMinutes(15), 1_000, clock);

    @Test
    void fiveFailuresLockAnAccountUntilTheWindowHasPassed() {
        for (int i = 0; i < 4; i++) {
            attempts.recordFailure("account:kari@example.no");
        }
        assertThat(attempts.isLocked("account:kari@example.no")).isFalse();
        attempts.recordFailure("account:kari@example.no");
        assertThat(attempts.isLocked("account:kari@example.no")).isTrue();
        assertThat(attempts.isLocked("account:ola@example.no")).isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(attempts.isLocked("account:kari@example.no")).isFalse();
    }

    @Test
    void anAddressGetsTenTimesTheAllowanceOfAnAccount() {
        for (int i = 0; i < 49; i++) {
            attempts.recordFailure("address:192.0.2.7");
        }
        assertThat(attempts.isLocked("address:192.0.2.7")).isFalse();
        attempts.recordFailure("address:192.0.2.7");
        assertThat(attempts.isLocked("address:192.0.2.7")).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 5; i++) {
            attempts.recordFailure("account:kari@example.no");
        }
        attempts.clear("account:kari@example.no");
        assertThat(attempts.isLocked("account:kari@example.no")).isFalse();
    }

    @Test
    void manyMadeUpUserNamesKeepTheStoreBounded() {
        for (int i = 0; i < 20_000; i++) {
            attempts.recordFailure("account:random-" + i + "@example.no");
        }
        attempts.store().cleanUp();
        assertThat(attempts.store().estimatedSize()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void keysNotSeenForAWindowAreForgotten() {
        attempts.recordFailure("account:kari@example.no");
        clock.advance(Duration.ofMinutes(16));
        attempts.store().cleanUp();
        assertThat(attempts.store().estimatedSize()).isZero();
    }
}
