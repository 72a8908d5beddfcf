package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.innomotor.dialogue.MeetingExceptions.MeetingNotFound;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the one-to-one meetings show, to each reader only what is theirs: the team every slot with the booking company
 * and the minutes; a supplier the free slots, the taken ones only as taken, and its own booking with its minutes.
 * A list costs a fixed number of queries: the slots, their people present (one batch), and the companies' names (one).
 */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final MeetingSlotRepository slots;
    private final RegistrationRepository registrations;
    private final DialogueAccess access;
    private final OrganisationsManagement organisations;
    private final MeetingCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    MeetingQueries(
            MeetingSlotRepository slots,
            RegistrationRepository registrations,
            DialogueAccess access,
            OrganisationsManagement organisations,
            MeetingCalendar calendar,
            MessageSource messages,
            Clock clock) {
        this.slots = slots;
        this.registrations = registrations;
        this.access = access;
        this.organisations = organisations;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** The announcement's meetings as the reader may see them; empty for anyone but the team and suppliers. */
    public MeetingsOverview overview(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        boolean team = DialogueAccess.team(user, announcement);
        Optional<OrganisationId> company = team ? Optional.empty() : DialogueAccess.company(user);
        boolean published = announcement.status() == AnnouncementStatus.PUBLISHED;
        if (!published || (!team && company.isEmpty())) {
            return MeetingsOverview.none(id);
        }
        Instant now = clock.instant();
        List<MeetingSlot> all = slots.findByAnnouncementIdOrderByStartsAt(id.value());
        Map<OrganisationId, String> names = team ? companyNames(all) : Map.of();
        List<MeetingSlotView> views =
                all.stream().map(s -> view(s, team, company, names, now)).toList();
        boolean registered = company.isPresent()
                && registrations
                        .findByAnnouncementIdAndCompanyId(
                                id.value(), company.get().value())
                        .isPresent();
        AnnouncementFacts facts = announcement.facts();
        return new MeetingsOverview(
                id,
                team,
                company.isPresent(),
                registered,
                true,
                announcement.open(now),
                views,
                views.stream()
                        .filter(v -> v.state() == MeetingSlotView.State.OWN)
                        .findFirst(),
                all.isEmpty()
                        ? Optional.empty()
                        : Optional.of(all.get(0).length().toMinutes()),
                facts.contactName() == null ? "" : facts.contactName(),
                facts.contactEmail() == null ? "" : facts.contactEmail());
    }

    /** One slot for the team (the minutes form); not found for anyone else. */
    public MeetingSlotView forTeam(MeetingSlotId id, CurrentUser user) {
        MeetingSlot slot = slots.findById(id.value()).orElseThrow(() -> new MeetingNotFound(id));
        access.ofTeam(slot.announcement(), user);
        return view(slot, true, Optional.empty(), companyNames(List.of(slot)), clock.instant());
    }

    /** The team's members, who may take the notes: the buyers of the owning organisation. */
    public List<PersonSummary> teamMembers(AnnouncementId id, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        return organisations.peopleWithRole(announcement.organisation(), Role.BUYER);
    }

    /** The meeting period and the fixed length, for the team's slot form. */
    public AnnouncementFacts facts(AnnouncementId id, CurrentUser user) {
        return access.ofTeam(id, user).facts();
    }

    /**
     * The calendar file of one booked meeting: for the team, and for the company that booked it; not found for
     * anyone else, and for a slot no one has booked.
     */
    public CalendarFile calendar(MeetingSlotId id, CurrentUser user, Locale locale) {
        MeetingSlot slot = slots.findById(id.value()).orElseThrow(() -> new MeetingNotFound(id));
        Announcement announcement = access.visible(slot.announcement(), user);
        boolean team = DialogueAccess.team(user, announcement);
        OrganisationId booker = slot.company();
        boolean own = !team
                && booker != null
                && DialogueAccess.company(user).filter(booker::equals).isPresent();
        if (booker == null || !(team || own)) {
            throw new MeetingNotFound(id);
        }
        String summary = team
                ? text(
                        locale,
                        "dialogue.meetings.ics.summaryTeam",
                        companyNames(List.of(slot)).get(booker),
                        announcement.title())
                : text(
                        locale,
                        "dialogue.meetings.ics.summarySupplier",
                        organisationName(announcement.organisation()),
                        announcement.title());
        String content = calendar.write(List.of(new MeetingCalendar.Entry(slot, summary)), clock.instant(), locale);
        return new CalendarFile(
                "meeting-" + FILE_DATE.format(slot.startsAt().atZone(NorwegianTime.ZONE)) + ".ics", content);
    }

    /** Every booked meeting of the announcement in one calendar file, for the team alone. */
    public CalendarFile teamCalendar(AnnouncementId id, CurrentUser user, Locale locale) {
        Announcement announcement = access.ofTeam(id, user);
        List<MeetingSlot> booked = slots.findByAnnouncementIdOrderByStartsAt(id.value()).stream()
                .filter(MeetingSlot::booked)
                .toList();
        Map<OrganisationId, String> names = companyNames(booked);
        List<MeetingCalendar.Entry> entries = booked.stream()
                .map(slot -> new MeetingCalendar.Entry(
                        slot,
                        text(
                                locale,
                                "dialogue.meetings.ics.summaryTeam",
                                names.get(slot.company()),
                                announcement.title())))
                .toList();
        return new CalendarFile("meetings-" + id + ".ics", calendar.write(entries, clock.instant(), locale));
    }

    private MeetingSlotView view(
            MeetingSlot slot,
            boolean team,
            Optional<OrganisationId> company,
            Map<OrganisationId, String> names,
            Instant now) {
        OrganisationId booker = slot.company();
        boolean own = booker != null && company.filter(booker::equals).isPresent();
        MeetingSlotView.State state = booker == null
                ? MeetingSlotView.State.FREE
                : team ? MeetingSlotView.State.BOOKED : own ? MeetingSlotView.State.OWN : MeetingSlotView.State.TAKEN;
        boolean reads = team || own;
        return new MeetingSlotView(
                slot.id(),
                slot.announcement(),
                slot.startsAt(),
                slot.endsAt(),
                slot.place(),
                slot.present(),
                state,
                team && booker != null ? Optional.ofNullable(names.get(booker)) : Optional.empty(),
                reads ? Optional.ofNullable(slot.minutes()) : Optional.empty(),
                reads ? Optional.ofNullable(slot.minutesAt()) : Optional.empty(),
                slot.version(),
                slot.started(now),
                own && now.isBefore(slot.cancelDeadline()));
    }

    private Map<OrganisationId, String> companyNames(List<MeetingSlot> all) {
        Set<OrganisationId> companies = all.stream()
                .map(MeetingSlot::company)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        if (companies.isEmpty()) {
            return Map.of();
        }
        return organisations.find(companies).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }

    private String organisationName(OrganisationId id) {
        return organisations.find(id).map(OrganisationSummary::name).orElse("");
    }

    private String text(Locale locale, String key, @Nullable Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
