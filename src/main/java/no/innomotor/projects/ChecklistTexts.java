package no.innomotor.projects;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How a checklist item is named in the audit trail and in events. */
@Component
class ChecklistTexts {

    private final MessageSource messages;

    ChecklistTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Guidance is recorded by its English text: the audit trail is a record, not a translated page. */
    String recorded(ChecklistItem item) {
        if (item.own()) {
            return item.label();
        }
        return messages.getMessage(item.label(), null, item.label(), Locale.ENGLISH);
    }
}
