package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue module's share of the front page: for the buyers of an organisation, its published announcements with
 * questions waiting for an answer; for a supplier, the interest deadline of each open announcement its company
 * registered for.
 */
@Component
class DialoguePendingWork implements PendingWork {

    private final AnnouncementRepository announcements;
    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    DialoguePendingWork(
            AnnouncementRepository announcements,
            RegistrationRepository registrations,
            QuestionRepository questions,
            OrganisationsManagement organisations,
            Clock clock) {
        this.announcements = announcements;
        this.registrations = registrations;
        this.questions = questions;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        List<OrganisationId> bought = user.organisationsWithRole(Role.BUYER);
        if (!bought.isEmpty()) {
            List<Announcement> published = announcements.findByOrganisationIdInAndStatus(
                    bought.stream().map(OrganisationId::value).toList(), AnnouncementStatus.PUBLISHED);
            Map<UUID, Announcement> byId = new LinkedHashMap<>();
            published.forEach(a -> byId.put(a.id().value(), a));
            Map<UUID, Integer> waiting = new LinkedHashMap<>();
            if (!byId.isEmpty()) {
                for (Question q : questions.findByAnnouncementIdInAndStateNot(byId.keySet(), QuestionState.ANSWERED)) {
                    waiting.merge(q.announcement().value(), 1, Integer::sum);
                }
            }
            waiting.forEach((id, count) -> {
                Announcement a = byId.get(id);
                items.add(new WorkItem(
                        "dialogue.work.questionsWaiting",
                        List.of(count),
                        a.title(),
                        name(a.organisation()),
                        "/announcements/" + a.id() + "#questions",
                        date(a.interestDeadline())));
            });
        }
        List<OrganisationId> companies = user.organisationsWithRole(Role.SUPPLIER);
        if (!companies.isEmpty()) {
            Instant now = clock.instant();
            List<UUID> registered =
                    registrations
                            .findByCompanyIdIn(companies.stream()
                                    .map(OrganisationId::value)
                                    .toList())
                            .stream()
                            .map(Registration::announcementId)
                            .distinct()
                            .toList();
            if (!registered.isEmpty()) {
                for (Announcement a : announcements.findByIdInAndStatus(registered, AnnouncementStatus.PUBLISHED)) {
                    if (a.open(now)) {
                        items.add(new WorkItem(
                                "dialogue.work.deadline",
                                List.of(),
                                a.title(),
                                name(a.organisation()),
                                "/announcements/" + a.id(),
                                date(a.interestDeadline())));
                    }
                }
            }
        }
        return items;
    }

    private java.time.@Nullable LocalDate date(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(NorwegianTime.ZONE).toLocalDate();
    }

    private String name(OrganisationId id) {
        return organisations.find(id).map(OrganisationSummary::name).orElse("");
    }
}
