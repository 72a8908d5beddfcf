package no.innomotor.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.innomotor.notices.NoticeEvents.OpportunityListed;
import no.innomotor.notices.NoticeEvents.OpportunityListingCancelled;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the opportunities that stand for announcements published on the platform: one per announcement, found by
 * its reference as notice id, written through the same entity and index as an imported notice.
 */
@Component
class AnnouncementListings {

    /** The source the audit trail names for a listed announcement. */
    static final String SOURCE = "Innomotor";

    private final NoticeOpportunityRepository opportunities;
    private final NoticeImporter importer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnouncementListings(
            NoticeOpportunityRepository opportunities,
            NoticeImporter importer,
            ApplicationEventPublisher events,
            Clock clock) {
        this.opportunities = opportunities;
        this.importer = importer;
        this.events = events;
        this.clock = clock;
    }

    OpportunityId list(ListedAnnouncement announcement) {
        Instant now = clock.instant();
        List<NoticeOpportunity> found = opportunities.findByNoticeId(announcement.reference());
        int versionNumber = found.isEmpty() ? 1 : found.get(0).versionNumber() + 1;
        ExtractedNotice notice = notice(announcement, versionNumber, false);
        Set<CpvCode> scope = importer.scope(notice.cpvCodes());
        NoticeOpportunity opportunity;
        if (found.isEmpty()) {
            opportunity = new NoticeOpportunity(notice, scope, now);
        } else {
            opportunity = found.get(0);
            opportunity.apply(notice, scope, now);
        }
        opportunity.linkTo(announcement.sourceUrl());
        NoticeOpportunity saved = opportunities.saveAndFlush(opportunity);
        OpportunityId id = new OpportunityId(saved.id());
        events.publishEvent(new OpportunityListed(
                announcement.actor(),
                id,
                announcement.reference(),
                announcement.title(),
                announcement.sourceUrl(),
                List.copyOf(announcement.cpvCodes().stream().map(CpvCode::value).toList()),
                List.copyOf(announcement.nutsCodes().stream()
                        .map(no.innomotor.shared.NutsCode::value)
                        .toList())));
        return id;
    }

    /** The opportunity the announcement is listed as, if it ever was. */
    Optional<OpportunityId> find(String reference) {
        return opportunities.findByNoticeId(reference).stream()
                .findFirst()
                .map(opportunity -> new OpportunityId(opportunity.id()));
    }

    /** Marks the announcement's opportunity cancelled; nothing happens when it was never listed. */
    void cancel(String reference, @Nullable PersonId actor) {
        for (NoticeOpportunity opportunity : opportunities.findByNoticeId(reference)) {
            if (opportunity.markCancelled(clock.instant())) {
                opportunities.saveAndFlush(opportunity);
                events.publishEvent(new OpportunityListingCancelled(
                        actor, new OpportunityId(opportunity.id()), reference, opportunity.firstTitle()));
            }
        }
    }

    private static ExtractedNotice notice(ListedAnnouncement a, int versionNumber, boolean cancelled) {
        return new ExtractedNotice(
                a.reference(),
                String.format("%02d", versionNumber),
                versionNumber,
                null,
                cancelled,
                true,
                NoticeKind.CONSULTATION,
                "pmc",
                "consultation",
                null,
                a.publishedOn()
                        .atTime(9, 0)
                        .atZone(no.innomotor.shared.NorwegianTime.ZONE)
                        .toInstant(),
                a.publishedOn(),
                null,
                List.of("NOR"),
                Map.of("NOR", a.title()),
                Map.of("NOR", a.description()),
                List.of(new Opportunity.Buyer(
                        a.buyerName(),
                        a.buyerOrgNumber() == null ? null : a.buyerOrgNumber().value(),
                        a.buyerOrgNumber() == null ? null : a.buyerOrgNumber().value())),
                a.cpvCodes(),
                a.nutsCodes(),
                null,
                null,
                List.of(),
                a.deadline(),
                null,
                true,
                Set.of(),
                List.of());
    }
}
