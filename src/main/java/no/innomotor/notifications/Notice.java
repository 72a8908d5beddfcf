package no.innomotor.notifications;

import java.util.Map;
import no.innomotor.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * Something to tell people, in no language yet: a {@code kind} with typed parameters (the values
 * {@link AuditableEvent#details()} allows) and a link to the page where it is seen to. Each kind has two keys in the
 * three bundles: {@code notifications.notice.<kind>.title} (a mail's subject, the inbox's heading) and
 * {@code notifications.notice.<kind>} (the sentence), both with named parameters such as {@code {project}}.
 */
record Notice(
        String kind,
        Map<String, @Nullable Object> parameters,
        @Nullable String link) {

    static final String PREFIX = "notifications.notice.";

    Notice {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    String sentenceKey() {
        return PREFIX + kind;
    }

    String titleKey() {
        return PREFIX + kind + ".title";
    }
}
