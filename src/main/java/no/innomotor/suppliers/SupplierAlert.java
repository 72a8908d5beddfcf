package no.innomotor.suppliers;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One recorded alert: an opportunity matched the profile of an organisation ({@code person} and {@code search} none:
 * its supplier people are told) or the saved search of one person; {@code matchedName} is the company's or the
 * search's name, {@code mail} whether the recipients are mailed as well as told in the inbox.
 */
public record SupplierAlert(
        UUID id,
        UUID opportunity,
        String opportunityTitle,
        UUID organisation,
        @Nullable UUID person,
        @Nullable UUID search,
        String matchedName,
        AlertReasons reasons,
        boolean mail,
        Instant createdAt) {

    public boolean fromSavedSearch() {
        return search != null;
    }
}
