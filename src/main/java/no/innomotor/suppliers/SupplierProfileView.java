package no.innomotor.suppliers;

import java.util.List;

/**
 * A supplier profile as one reader may see it. For buyers and advisers the parts the supplier keeps to itself are
 * empty here (never read into the view), so a page cannot show them by mistake; {@code fullView} says the reader is
 * the company itself or an administrator.
 */
public record SupplierProfileView(
        SupplierListing listing,
        List<ContactPerson> contacts,
        String references,
        Growth growth,
        ProfileFacts.Visibility visibility,
        long version,
        boolean fullView) {

    public SupplierProfileView {
        contacts = List.copyOf(contacts);
    }

    /** What the company wants to achieve, and the help it looks for. */
    public record Growth(String targetMarkets, String threeYearGoal, String helpWanted) {

        public boolean isEmpty() {
            return targetMarkets.isBlank() && threeYearGoal.isBlank() && helpWanted.isBlank();
        }
    }
}
