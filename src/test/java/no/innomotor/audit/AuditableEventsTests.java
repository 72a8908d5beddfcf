package no.innomotor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.shared.AuditableEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every event that goes into the audit trail, found on the classpath, has a distinct stable action code and a
 * sentence and a short name in all three bundles, and every parameter a sentence names is a detail the event gives.
 */
class AuditableEventsTests {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final List<String> BUNDLES =
            List.of("messages.properties", "messages_nn.properties", "messages_en.properties");

    static List<AuditableEvent> events = new ArrayList<>();

    @BeforeAll
    static void findEveryEvent() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("no.innomotor")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.getName().contains("Test") || type.isInterface()) {
                continue;
            }
            events.add((AuditableEvent) example(type));
        }
    }

    @Test
    void theScanFindsTheEventsOfEveryModule() {
        assertThat(events)
                .extracting(event -> event.getClass().getPackageName())
                .contains("no.innomotor.projects", "no.innomotor.organisations", "no.innomotor.notices");
        assertThat(events.size()).isGreaterThanOrEqualTo(29);
    }

    @Test
    void everyEventHasItsOwnStableCodeIndependentOfItsClassName() {
        Map<String, String> owners = new HashMap<>();
        for (AuditableEvent event : events) {
            String owner = owners.putIfAbsent(event.action(), event.getClass().getName());
            assertThat(owner)
                    .as("%s uses the code %s of %s", event.getClass().getName(), event.action(), owner)
                    .isNull();
            assertThat(event.action())
                    .as(event.getClass().getName())
                    .matches("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+")
                    .doesNotContain(event.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void everyCodeHasASentenceAndANameInAllThreeBundlesWhoseParametersTheEventGives() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            for (AuditableEvent event : events) {
                String key = "audit.action." + event.action();
                assertThat(messages).as(bundle).containsKey(key).containsKey(key + ".name");
                Matcher parameters = PARAMETER.matcher(messages.getProperty(key));
                Set<String> given = event.details().keySet();
                while (parameters.find()) {
                    assertThat(given)
                            .as("%s in %s names {%s}", key, bundle, parameters.group(1))
                            .contains(parameters.group(1));
                }
            }
        }
    }

    @Test
    void theKindOfObjectOfEveryEventIsNamedInAllThreeBundlesForTheAuditLog() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            for (AuditableEvent event : events) {
                assertThat(messages)
                        .as(
                                "%s in %s: the audit log names the kind of object %s",
                                event.getClass().getName(), bundle, event.objectType())
                        .containsKey("audit.objectType." + event.objectType());
            }
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditableEventsTests.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** An instance of a record with made-up values, so its code and details can be read. */
    private static Object example(Class<?> type) throws Exception {
        if (type == String.class) {
            return "x";
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == UUID.class) {
            return UUID.randomUUID();
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 12, 2);
        } else if (type == Instant.class) {
            return Instant.parse("2026-12-02T13:05:00Z");
        } else if (type == Locale.class) {
            return Locale.ROOT;
        } else if (type == java.math.BigDecimal.class) {
            return java.math.BigDecimal.ONE;
        } else if (type == java.util.Currency.class) {
            return java.util.Currency.getInstance("NOK");
        } else if (List.class.isAssignableFrom(type)) {
            return List.of();
        } else if (java.util.Set.class.isAssignableFrom(type)) {
            return java.util.Set.of();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = example(types[i]);
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        }
        throw new IllegalArgumentException("No example value for " + type);
    }
}
