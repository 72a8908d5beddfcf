package no.innomotor.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event that changes something a person did, and therefore belongs in the audit trail. Every module's change
 * events implement this, so the audit module can record them without knowing the modules that publish them.
 *
 * <h2>The contract: events carry data, the reader's language renders it</h2>
 *
 * <ul>
 *   <li>{@link #action()} is a stable code for what happened, {@code <object>.<verb>} in lower case with hyphens
 *       ({@code project.created}, {@code mandate.signed}, {@code checklist.item-checked}). It is stored with the
 *       record and never derived from a class name: renaming a class must not change old records. Codes are
 *       distinct across the platform.
 *   <li>{@link #details()} are the event's parameters as typed values, in the order a sentence names them. The
 *       allowed values are {@link String}, {@link Number}, {@link java.time.LocalDate}, {@link java.time.Instant},
 *       {@link Boolean}, {@link Nok} (an amount in kroner), {@link Label} (a message key translated when shown,
 *       e.g. {@code new Label("role.TOP_LEADER")} or a step name) and a {@link java.util.List} of strings. Never put
 *       secrets (tokens, links with tokens, passwords) in them.
 *   <li>Every action has two keys in all three bundles ({@code messages.properties}, {@code _nn}, {@code _en}):
 *       {@code audit.action.<code>} the sentence, with named parameters (a name in curly brackets) taken from
 *       {@link #details()}, and {@code audit.action.<code>.name} a short name for lists and filters. A test
 *       ({@code AuditableEventsTests}) finds every implementation on the classpath and fails without them.
 *   <li>{@link #summary()} is only a fallback in plain English for reading the raw table; pages never show it
 *       while a bundle key exists. It may be left at its default.
 * </ul>
 */
public interface AuditableEvent {

    /** Who did it; null for the platform itself (demo data, scheduled jobs). */
    @Nullable
    PersonId actor();

    /** The organisation that owns the changed object; null where none does. */
    @Nullable
    OrganisationId organisation();

    /** The type of the object changed, e.g. "project", "organisation". */
    String objectType();

    /** The id of the object changed. */
    String objectId();

    /** A short, stable code for what happened, e.g. "project.created"; independent of class names. */
    String action();

    /** The parameters of the sentence that renders this event, by name, in order; see the class comment. */
    default Map<String, @Nullable Object> details() {
        return Map.of();
    }

    /** A fallback summary in plain, untranslated words, stored with the record; pages render {@link #details()}. */
    default String summary() {
        return action();
    }

    /** Details from alternating names and values, in order; values may be null (shown as a dash). */
    static Map<String, @Nullable Object> parameters(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, @Nullable Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            details.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return details;
    }

    /** An amount in Norwegian kroner, shown as 3 000 000 kr. */
    record Nok(long amount) {}

    /** A message key translated into the reader's language when the record is shown, e.g. a role or a step name. */
    record Label(String key) {}
}
