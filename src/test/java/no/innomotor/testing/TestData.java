package no.innomotor.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique values for test data, so tests never collide on a shared database. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    /**
     * The organisation numbers of one test run follow each other from a random start, so no two in a run are the
     * same (random numbers met each other once in a few runs of a thousand organisations), and two runs on a kept
     * database rarely overlap.
     */
    private static final AtomicInteger ORG_SERIAL =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(9_000_000));

    private TestData() {}

    /** An organisation number no other in this run has, with a valid modulus-11 check digit. */
    public static String orgNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder(String.format("8%07d", ORG_SERIAL.getAndIncrement() % 10_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    public static String email(String name) {
        return name + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@test.innomotor.no";
    }
}
