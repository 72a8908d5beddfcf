package no.innomotor.notices;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether an opportunity fits a supplier's interest, as a pure function of the two: CPV with descendants (through the
 * opportunity's {@link Opportunity#cpvScope()}, which holds every ancestor of its codes), regions by prefix, and
 * keywords as words or word beginnings in a title or description in any language, case and accents ignored.
 * {@link NoticesManagement#matching} runs the same rules as a search.
 */
final class OpportunityMatching {

    private OpportunityMatching() {}

    public static boolean matches(Opportunity opportunity, SupplierInterest interest) {
        return matchesCpv(opportunity, interest)
                && matchesRegion(opportunity, interest)
                && matchesKeywords(opportunity, interest);
    }

    static boolean matchesCpv(Opportunity opportunity, SupplierInterest interest) {
        return interest.cpvCodes().isEmpty() || interest.cpvCodes().stream().anyMatch(opportunity.cpvScope()::contains);
    }

    static boolean matchesRegion(Opportunity opportunity, SupplierInterest interest) {
        return interest.nutsCodes().isEmpty()
                || opportunity.nutsCodes().stream()
                        .anyMatch(place -> interest.nutsCodes().stream().anyMatch(place::isWithin));
    }

    static boolean matchesKeywords(Opportunity opportunity, SupplierInterest interest) {
        if (interest.keywords().isEmpty()) {
            return true;
        }
        StringBuilder all = new StringBuilder(" ");
        opportunity.titles().values().forEach(text -> all.append(fold(text)).append(' '));
        opportunity
                .descriptions()
                .values()
                .forEach(text -> all.append(fold(text)).append(' '));
        String words = all.toString().replaceAll("[^\\p{L}\\p{N}]+", " ");
        return interest.keywords().stream()
                .map(OpportunityMatching::fold)
                .map(keyword -> keyword.replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
                .filter(keyword -> !keyword.isEmpty())
                .anyMatch(keyword -> words.contains(" " + keyword));
    }

    /** Lower case without accents, so "Sjøfart" and "sjofart" meet. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed
                .replaceAll("\\p{M}", "")
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("ß", "ss");
    }
}
