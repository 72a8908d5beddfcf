package no.innomotor.organisations;

import java.security.SecureRandom;
import java.util.Base64;
import no.innomotor.shared.Sha256;

/**
 * Secret tokens for links sent by e-mail (invitations, password resets). A token is 256 random bits, URL-safe; only
 * its SHA-256 hash is stored, so a copy of the database cannot be used to follow a link.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token: lower-case hex SHA-256. Anything not shaped like a token hashes to a miss. */
    static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Tokens we issue are 43 URL-safe characters; anything else is not worth a database look-up. */
    static boolean looksLikeToken(String candidate) {
        return candidate.length() == 43
                && candidate.chars().allMatch(c -> (c < 128 && Character.isLetterOrDigit(c)) || c == '-' || c == '_');
    }
}
