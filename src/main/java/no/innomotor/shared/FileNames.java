package no.innomotor.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one sanitiser for names of uploaded files, used wherever such a name is stored or shown. It keeps the last
 * path segment only, and drops control characters, quotes and the invisible formatting characters that reorder
 * text (bidirectional overrides, isolates and marks), so that {@code invoice\u202Egnp.txt} cannot pose as a PNG.
 */
public final class FileNames {

    /** At most this many characters are kept, the extension preserved where it is short. */
    public static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** The cleaned name; {@code fallback} when nothing usable is left. */
    public static String clean(@Nullable String original, String fallback) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::isShown).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        if (name.length() > MAX_LENGTH) {
            String extension = extension(name);
            name = extension.isEmpty() || extension.length() > 10
                    ? name.substring(0, MAX_LENGTH)
                    : name.substring(0, MAX_LENGTH - 1 - extension.length()) + "." + extension;
        }
        return name;
    }

    /** The cleaned name, "document" when nothing usable is left. */
    public static String clean(@Nullable String original) {
        return clean(original, "document");
    }

    /** The extension after the last dot, in lower case; empty when there is none. */
    public static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isShown(int c) {
        if (c == '"') {
            return false;
        }
        int type = Character.getType(c);
        // Cc: controls (NUL, tab, DEL …); Cf: formatting (bidi overrides U+202A–U+202E, isolates U+2066–U+2069,
        // marks U+200E/U+200F, zero-width characters); Cs/Co/Cn: surrogates, private use, unassigned.
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.SURROGATE
                && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }
}
