package no.innomotor.projects;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something the team must see, and confirm, before completing a step: for the market dialogue, what was shared with
 * some suppliers but not yet with all. The text is the message {@code messageKey} with {@code arguments}; the link
 * leads to where the team can put it right.
 */
public record StepFinding(
        String messageKey, List<Object> arguments, @Nullable String link) implements Serializable {

    public StepFinding {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
