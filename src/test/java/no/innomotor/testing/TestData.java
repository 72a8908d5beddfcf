package no.innomotor.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique values for test data, so tests never collide on a shared database. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private TestData() {}

    /** A random organisation number with a valid modulus-11 check digit. */
    public static String orgNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder("8");
            for (int i = 1; i < 8; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
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
