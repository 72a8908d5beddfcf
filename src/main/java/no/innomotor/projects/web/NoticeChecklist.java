package no.innomotor.projects.web;

import java.util.List;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.projects.ConsultationNoticeView;
import org.jspecify.annotations.Nullable;

/**
 * The notices module's checklist for the page: each item with a link to the field that fixes it, where the reader
 * can change that field (on this page, or among the project's facts).
 */
public final class NoticeChecklist {

    private static final String PREFIX = "notices.export.check.";

    /** One thing to fix, and where. */
    public record Entry(
            MarketConsultationCheck.Item item, @Nullable String href) {

        /** The arguments as {@code ui.t} takes them. */
        public Object[] arguments() {
            return item.arguments().toArray();
        }
    }

    private NoticeChecklist() {}

    static List<Entry> entries(ConsultationNoticeView view, List<MarketConsultationCheck.Item> items) {
        String project = "/projects/" + view.project().id();
        return items.stream()
                .map(item -> {
                    String field = noticeField(item.messageKey());
                    if (field != null) {
                        return new Entry(item, view.editable() ? "#" + field : null);
                    }
                    String fact = projectField(item.messageKey());
                    boolean factsEditable = view.editable() && fact != null;
                    return new Entry(item, factsEditable ? project + "/edit#" + fact : null);
                })
                .toList();
    }

    /** The field of the notice form that fixes the item, or null. */
    static @Nullable String noticeField(String messageKey) {
        if (!messageKey.startsWith(PREFIX)) {
            return null;
        }
        String check = messageKey.substring(PREFIX.length());
        if (check.startsWith("buyer-town")) {
            return "buyerTown";
        } else if (check.startsWith("buyer-postcode")) {
            return "buyerPostcode";
        } else if (check.startsWith("buyer-nuts")) {
            return "buyerNuts";
        } else if (check.startsWith("contact-name")) {
            return "contactName";
        } else if (check.startsWith("contact-email")) {
            return "contactEmail";
        } else if (check.startsWith("contact-phone")) {
            return "contactPhone";
        } else if (check.equals("languages-missing") || check.equals("english-required")) {
            return "languages";
        } else if (check.startsWith("title-norwegian")) {
            return "titleNorwegian";
        } else if (check.startsWith("title-english")) {
            return "titleEnglish";
        } else if (check.startsWith("description-norwegian")) {
            return "descriptionNorwegian";
        } else if (check.startsWith("description-english")) {
            return "descriptionEnglish";
        } else if (check.equals("dates-missing") || check.startsWith("response-deadline")) {
            return "responseDeadline";
        } else if (check.equals("dialogue-period-incomplete") || check.startsWith("dialogue-start")) {
            return "dialogueStart";
        } else if (check.equals("dialogue-period-reversed") || check.startsWith("dialogue-end")) {
            return "dialogueEnd";
        } else if (check.startsWith("planned-notice")) {
            return "plannedCompetitionNotice";
        } else if (check.startsWith("response-url")) {
            return "responseUrl";
        } else if (check.equals("review-body-missing") || check.startsWith("review-body-name")) {
            return "reviewName";
        } else if (check.startsWith("review-body-org-number")) {
            return "reviewOrgNumber";
        } else if (check.startsWith("review-body-town")) {
            return "reviewTown";
        } else if (check.startsWith("review-body-postcode")) {
            return "reviewPostcode";
        } else if (check.startsWith("review-body-nuts")) {
            return "reviewNuts";
        }
        return null;
    }

    /** The field of the project's facts form that fixes the item, or null (the buyer's name and number). */
    static @Nullable String projectField(String messageKey) {
        if (!messageKey.startsWith(PREFIX)) {
            return null;
        }
        String check = messageKey.substring(PREFIX.length());
        if (check.equals("main-cpv-missing") || check.equals("cpv-invalid")) {
            return "cpvCodes";
        } else if (check.startsWith("place-")) {
            return "nutsCode";
        } else if (check.equals("value-invalid")) {
            return "estimatedValue";
        }
        return null;
    }
}
