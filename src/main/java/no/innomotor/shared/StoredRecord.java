package no.innomotor.shared;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A read model kept whole in a search index's stored field, so that a list answers from the index alone, without a
 * database read per hit: the record as JSON, and the record's shape (the names and types of its components, and of
 * the records inside it) as a short fingerprint.
 *
 * <p>An index keeps the fingerprint beside the JSON in a field of its own; when the record changes shape (a component
 * added, renamed or retyped), the documents written before no longer carry the current fingerprint, and the module
 * rebuilds its index at start-up. Until then, or for a value that cannot be read for any other reason, {@link #read}
 * answers empty and the caller loads that hit from the database: a stale document never shows wrong data.
 */
public final class StoredRecord<T extends Record> {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Class<T> type;
    private final String shape;

    private StoredRecord(Class<T> type) {
        this.type = type;
        this.shape = Sha256.hex(describe(type, new HashSet<>())).substring(0, 16);
    }

    public static <T extends Record> StoredRecord<T> of(Class<T> type) {
        return new StoredRecord<>(type);
    }

    /** Sixteen hexadecimal digits that change whenever the record's shape changes. */
    public String shape() {
        return shape;
    }

    public String write(T value) {
        return JSON.writeValueAsString(value);
    }

    /** The record, or empty when there is no value or it cannot be read as the record's current shape. */
    public Optional<T> read(@Nullable String json) {
        if (json == null || json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(json, type));
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    private static String describe(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            StringBuilder text = new StringBuilder(describe(parameterized.getRawType(), seen)).append('<');
            for (Type argument : parameterized.getActualTypeArguments()) {
                text.append(describe(argument, seen)).append(',');
            }
            return text.append('>').toString();
        }
        if (type instanceof Class<?> raw && raw.isRecord() && seen.add(raw)) {
            StringBuilder text = new StringBuilder(raw.getName()).append('(');
            for (RecordComponent component : raw.getRecordComponents()) {
                text.append(component.getName())
                        .append(':')
                        .append(describe(component.getGenericType(), seen))
                        .append(';');
            }
            return text.append(')').toString();
        }
        return type.getTypeName();
    }
}
