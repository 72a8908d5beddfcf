package no.innomotor.shared.actions;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing a person may do on a page: a button ({@code labelKey}, a message key) that posts {@code fields} to
 * {@code path} with the page's CSRF token, and the state it is in now ({@code statusKey}, e.g. "you follow this
 * opportunity"; none where there is nothing to say).
 */
public record OpportunityAction(
        String labelKey,
        String path,
        Map<String, String> fields,
        @Nullable String statusKey) {

    public OpportunityAction {
        fields = Map.copyOf(fields);
    }
}
