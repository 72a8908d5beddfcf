package no.innomotor.notices;

import java.util.List;

/**
 * What a market-consultation notice needs and the data lacks, as a checklist for the buyer to work through before
 * exporting. An empty list means the notice can be exported.
 */
public interface MarketConsultationCheck {

    /** The checklist for this notice type; in a stable order (buyer, contact, texts, codes, dates). */
    List<Item> check(MarketConsultationData data, MarketConsultationNoticeType type);

    /**
     * One thing to fix: a message key from the {@code notices-export} section of the bundles, with the arguments the
     * message shows (an unknown CPV or NUTS code, for instance).
     */
    record Item(String messageKey, List<String> arguments) {

        public Item {
            arguments = List.copyOf(arguments);
        }

        public static Item of(String messageKey, String... arguments) {
            return new Item(messageKey, List.of(arguments));
        }
    }
}
