package no.innomotor.shared;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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

    /** A hit as an index gives it: the entity's id and its stored value (null in a document written before it). */
    public record Hit(UUID id, @Nullable String stored) {}

    /**
     * The hits' records in the hits' order. Those that cannot be read (no stored value, or one of another shape: an
     * index not yet rebuilt) are loaded from the database, all at once, by {@code load}; a hit it does not find is
     * left out.
     */
    public List<T> readAll(List<Hit> hits, Function<List<UUID>, Map<UUID, T>> load) {
        Map<UUID, T> read = new HashMap<>();
        List<UUID> unread = new ArrayList<>();
        for (Hit hit : hits) {
            read(hit.stored()).ifPresentOrElse(value -> read.put(hit.id(), value), () -> unread.add(hit.id()));
        }
        if (!unread.isEmpty()) {
            read.putAll(load.apply(unread));
        }
        return hits.stream()
                .map(hit -> read.get(hit.id()))
                .filter(Objects::nonNull)
                .toList();
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
