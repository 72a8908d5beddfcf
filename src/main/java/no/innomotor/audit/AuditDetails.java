package no.innomotor.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.shared.AuditableEvent.Label;
import no.innomotor.shared.AuditableEvent.Nok;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event's parameters as stored: a JSON object that maps each name to its type and value, so that each value is read
 * back as the type it had (a date stays a date, an amount an amount) and can be formatted for any reader.
 */
final class AuditDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Stored>> STORED = new TypeReference<>() {};

    /** One stored value; {@code value} is text, a list of text for {@code list}, or null. */
    record Stored(String type, @Nullable Object value) {}

    private AuditDetails() {}

    static @Nullable String write(Map<String, @Nullable Object> details) {
        if (details.isEmpty()) {
            return null;
        }
        Map<String, Stored> stored = new LinkedHashMap<>();
        details.forEach((name, value) -> stored.put(name, store(value)));
        return JSON.writeValueAsString(stored);
    }

    /** The values as the event gave them (Nok, Label, LocalDate, Instant, Long, String, List of String). */
    static Map<String, @Nullable Object> read(@Nullable String json) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        Map<String, Stored> stored = JSON.readValue(json, STORED);
        stored.forEach((name, value) -> values.put(name, restore(value)));
        return values;
    }

    private static Stored store(@Nullable Object value) {
        if (value == null) {
            return new Stored("null", null);
        } else if (value instanceof Nok nok) {
            return new Stored("nok", Long.toString(nok.amount()));
        } else if (value instanceof Label label) {
            return new Stored("label", label.key());
        } else if (value instanceof LocalDate date) {
            return new Stored("date", date.toString());
        } else if (value instanceof Instant instant) {
            return new Stored("instant", instant.toString());
        } else if (value instanceof Boolean bool) {
            return new Stored("boolean", bool.toString());
        } else if (value instanceof Number number) {
            return new Stored("number", number.toString());
        } else if (value instanceof Enum<?> constant) {
            return new Stored("text", constant.name());
        } else if (value instanceof Collection<?> list) {
            return new Stored("list", list.stream().map(String::valueOf).toList());
        }
        return new Stored("text", value.toString());
    }

    private static @Nullable Object restore(Stored stored) {
        Object value = stored.value();
        if (value == null) {
            return null;
        }
        return switch (stored.type()) {
            case "nok" -> new Nok(Long.parseLong(value.toString()));
            case "label" -> new Label(value.toString());
            case "date" -> LocalDate.parse(value.toString());
            case "instant" -> Instant.parse(value.toString());
            case "boolean" -> Boolean.valueOf(value.toString());
            case "number" ->
                value.toString().contains(".")
                        ? (Number) Double.valueOf(value.toString())
                        : (Number) Long.valueOf(value.toString());
            case "list" ->
                value instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList()
                        : List.of();
            default -> value.toString();
        };
    }
}
