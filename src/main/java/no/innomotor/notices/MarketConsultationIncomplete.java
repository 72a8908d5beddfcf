package no.innomotor.notices;

import java.util.List;
import no.innomotor.shared.DomainException;

/** Export refused: the data lacks what the notice requires. {@link #checklist()} says what, for the buyer. */
public class MarketConsultationIncomplete extends DomainException.RuleBroken {

    private final transient List<MarketConsultationCheck.Item> checklist;

    public MarketConsultationIncomplete(
            MarketConsultationNoticeType type, List<MarketConsultationCheck.Item> checklist) {
        super(
                "notices.export.incomplete",
                "Market-consultation notice " + type.subtype() + " lacks "
                        + checklist.stream()
                                .map(MarketConsultationCheck.Item::messageKey)
                                .toList(),
                checklist.size());
        this.checklist = List.copyOf(checklist);
    }

    public List<MarketConsultationCheck.Item> checklist() {
        return checklist;
    }
}
