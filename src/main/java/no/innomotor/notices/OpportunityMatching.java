package no.innomotor.notices;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether an opportunity fits a supplier's interest, as a pure function of the two: CPV with descendants (through the
 * opportunity's {@link Opportunity#cpvScope()}, which holds every ancestor of its codes), regions by prefix, and
 * keywords as words or word beginnings in a title or description in any language, case and accents ignored.
 * {@link NoticesManagement#matching} runs the same rules as a search.
 * <p>
 * To hold one new opportunity against the interests of many suppliers, {@link #prepare} folds the opportunity's
 * texts once; each interest then costs a few set lookups and a substring search per keyword.
 */
final class OpportunityMatching {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private OpportunityMatching() {}

    public static boolean matches(Opportunity opportunity, SupplierInterest interest) {
        return prepare(opportunity).test(interest);
    }

    /** The opportunity ready to be held against many interests. */
    static Predicate<SupplierInterest> prepare(Opportunity opportunity) {
        return new Prepared(opportunity);
    }

    static boolean matchesCpv(Opportunity opportunity, SupplierInterest interest) {
        return interest.cpvCodes().isEmpty() || interest.cpvCodes().stream().anyMatch(opportunity.cpvScope()::contains);
    }

    static boolean matchesRegion(Opportunity opportunity, SupplierInterest interest) {
        return interest.nutsCodes().isEmpty()
                || opportunity.nutsCodes().stream()
                        .anyMatch(place -> interest.nutsCodes().stream().anyMatch(place::isWithin));
    }

    /** Lower case without accents, so "Sjøfart" and "sjofart" meet. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed)
                .replaceAll("")
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("ß", "ss");
    }

    /** Folded, with every run of other characters as one space. */
    private static String words(String text) {
        return NOT_A_WORD.matcher(fold(text)).replaceAll(" ");
    }

    /** An opportunity with its titles and descriptions folded once into one line of words. */
    private static final class Prepared implements Predicate<SupplierInterest> {

        private final Opportunity opportunity;
        private final String words;

        Prepared(Opportunity opportunity) {
            this.opportunity = opportunity;
            StringBuilder all = new StringBuilder(" ");
            opportunity
                    .titles()
                    .values()
                    .forEach(text -> all.append(words(text)).append(' '));
            opportunity
                    .descriptions()
                    .values()
                    .forEach(text -> all.append(words(text)).append(' '));
            this.words = all.toString();
        }

        @Override
        public boolean test(SupplierInterest interest) {
            return matchesCpv(opportunity, interest)
                    && matchesRegion(opportunity, interest)
                    && matchesKeywords(interest);
        }

        private boolean matchesKeywords(SupplierInterest interest) {
            if (interest.keywords().isEmpty()) {
                return true;
            }
            for (String keyword : interest.keywords()) {
                String folded = words(keyword).strip();
                if (!folded.isEmpty() && words.contains(" " + folded)) {
                    return true;
                }
            }
            return false;
        }
    }
}
