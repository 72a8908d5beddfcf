package no.innomotor.suppliers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innomotor.notices.LocalizedText;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityId;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opportunities a supplier person follows, saved or expressed interest in. Each mark is the person's own: nobody
 * else, a colleague or a competitor, reads them here. How many companies expressed interest in an opportunity is
 * public to the module's callers as a number only.
 */
@Service
@Transactional
public class SupplierOpportunities {

    public static final int MAX_LISTED = 200;

    private final OpportunityMarkRepository marks;
    private final NoticesManagement notices;
    private final Clock clock;

    SupplierOpportunities(OpportunityMarkRepository marks, NoticesManagement notices, Clock clock) {
        this.marks = marks;
        this.notices = notices;
        this.clock = clock;
    }

    /** Sets or clears one mark; the opportunity must exist, the person must be a supplier. */
    public void mark(OpportunityId opportunity, MarkKind kind, boolean on, CurrentUser user) {
        OrganisationId company = authorise(opportunity, user);
        var existing = marks.find(user.personId().value(), opportunity.value(), kind);
        if (on && existing.isEmpty()) {
            marks.save(new OpportunityMark(opportunity.value(), user.personId(), company, kind, clock.instant()));
        } else if (!on) {
            existing.ifPresent(marks::delete);
        }
    }

    /** Refuses anyone but a supplier person (403), and an opportunity that does not exist (404). */
    @Transactional(readOnly = true)
    public OrganisationId authorise(OpportunityId opportunity, CurrentUser user) {
        OrganisationId company = user.organisationsWithRole(Role.SUPPLIER).stream()
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only supplier people mark opportunities"));
        if (notices.find(opportunity).isEmpty()) {
            throw new SupplierNotFound("opportunity", opportunity);
        }
        return company;
    }

    @Transactional(readOnly = true)
    public Set<MarkKind> marksOn(UUID opportunity, CurrentUser user) {
        Set<MarkKind> kinds = EnumSet.noneOf(MarkKind.class);
        marks.ofPersonOn(user.personId().value(), opportunity).forEach(mark -> kinds.add(mark.kind()));
        return kinds;
    }

    /** The person's marked opportunities, newest mark first. */
    @Transactional(readOnly = true)
    public List<MarkedOpportunity> mine(CurrentUser user, Locale locale) {
        Map<UUID, List<OpportunityMark>> byOpportunity = new LinkedHashMap<>();
        for (OpportunityMark mark : marks.ofPerson(user.personId().value())) {
            if (byOpportunity.size() >= MAX_LISTED && !byOpportunity.containsKey(mark.opportunity())) {
                continue;
            }
            byOpportunity
                    .computeIfAbsent(mark.opportunity(), id -> new ArrayList<>())
                    .add(mark);
        }
        List<MarkedOpportunity> result = new ArrayList<>();
        byOpportunity.forEach((id, list) -> notices.find(new OpportunityId(id)).ifPresent(opportunity -> {
            Set<MarkKind> kinds = EnumSet.noneOf(MarkKind.class);
            Instant since = list.get(0).createdAt();
            for (OpportunityMark mark : list) {
                kinds.add(mark.kind());
                since = mark.createdAt().isBefore(since) ? mark.createdAt() : since;
            }
            result.add(new MarkedOpportunity(id, title(opportunity, locale), kinds, since));
        }));
        return result;
    }

    /** The people who follow the opportunity. */
    @Transactional(readOnly = true)
    public List<UUID> followers(UUID opportunity) {
        return marks.people(opportunity, MarkKind.FOLLOW);
    }

    /** How many companies expressed interest in the opportunity. */
    @Transactional(readOnly = true)
    public long interestedCompanies(OpportunityId opportunity) {
        return marks.organisations(opportunity.value(), MarkKind.INTEREST);
    }

    static String title(Opportunity opportunity, Locale locale) {
        LocalizedText title = opportunity.title(locale);
        return title == null ? opportunity.noticeId() : title.text();
    }
}
