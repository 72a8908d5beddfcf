package no.innomotor.organisations;

import java.nio.charset.StandardCharsets;

/**
 * What a password chosen on the platform must be: at least 12 characters; at most 72 bytes in UTF-8, because bcrypt
 * reads no further (a longer password would silently count only its start).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordRules() {}

    public static boolean tooShort(String password) {
        return password.codePointCount(0, password.length()) < MIN_LENGTH;
    }

    public static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    static void check(String password) {
        if (tooShort(password) || tooLong(password)) {
            throw new PasswordNotAccepted();
        }
    }
}
