package no.innomotor.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A market-dialogue announcement published on the platform itself, to be listed beside imported notices: the
 * opportunity list, its Atom feed, the API and supplier matching then find it like any other consultation.
 * {@code reference} identifies the announcement (it becomes the opportunity's notice id), {@code sourceUrl} is the
 * announcement's public page, where the opportunity page links.
 */
public record ListedAnnouncement(
        String reference,
        String title,
        String description,
        List<CpvCode> cpvCodes,
        List<NutsCode> nutsCodes,
        Instant deadline,
        String buyerName,
        @Nullable OrgNumber buyerOrgNumber,
        String sourceUrl,
        LocalDate publishedOn,
        @Nullable PersonId actor) {

    public ListedAnnouncement {
        cpvCodes = List.copyOf(cpvCodes);
        nutsCodes = List.copyOf(nutsCodes);
    }
}
