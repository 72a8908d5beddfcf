package no.innomotor.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import no.innomotor.organisations.DemoActors;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One-to-one meetings in Bærum's published market dialogue: a day of hour-long slots early in its meeting period,
 * with the people present for the municipality, Sensorlab's booking of one of them, and free slots left for the other
 * demo suppliers. The meetings lie ahead of the demo clock, so no minutes are written yet. Made through the services.
 */
@Component
@Order(210) // after DialogueDemoData, whose announcement and registrations it builds on
class MeetingsDemoData implements DemoDataContributor {

    private final MeetingsManagement meetings;
    private final AnnouncementRepository announcements;
    private final DemoActors actors;
    private final Clock clock;

    MeetingsDemoData(
            MeetingsManagement meetings, AnnouncementRepository announcements, DemoActors actors, Clock clock) {
        this.meetings = meetings;
        this.announcements = announcements;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId baerum = orgs.get("baerum");
        OrganisationId sensorlab = orgs.get("sensorlab");
        if (baerum == null || sensorlab == null) {
            return;
        }
        CurrentUser kari = actors.actor(people.get("kari.innkjoper@baerum.kommune.no"), baerum, Role.BUYER);
        CurrentUser sara = actors.actor(people.get("sara@sensorlab.no"), sensorlab, Role.SUPPLIER);
        if (kari == null || sara == null) {
            return;
        }
        Announcement announcement =
                announcements.findByStatusOrderByPublishedAtDesc(AnnouncementStatus.PUBLISHED).stream()
                        .filter(a -> a.organisation().equals(baerum))
                        .findFirst()
                        .orElse(null);
        if (announcement == null) {
            return;
        }
        LocalDate from = announcement.facts().meetingsFrom();
        LocalDate day =
                from != null ? from.plusDays(1) : NorwegianTime.today(clock).plusDays(28);
        List<MeetingSlotId> slots = meetings.publishSlots(
                announcement.id(),
                new MeetingSeries(
                        day,
                        List.of(
                                LocalTime.of(9, 0),
                                LocalTime.of(10, 15),
                                LocalTime.of(11, 30),
                                LocalTime.of(13, 0),
                                LocalTime.of(14, 15)),
                        60,
                        "Bærum rådhus, Arnold Haukelands plass 10, Sandvika, møterom Kalvøya (eller på Teams etter avtale)",
                        List.of(
                                new MeetingPresence(MeetingRole.PROJECT_LEAD, "Kari Innkjøper"),
                                new MeetingPresence(
                                        MeetingRole.NEED_OWNER, "Hanne Hagen, avdelingsleder hjemmetjenesten"),
                                new MeetingPresence(MeetingRole.PROCUREMENT, "Siri Solberg, innkjøpsrådgiver"),
                                new MeetingPresence(
                                        MeetingRole.SPECIALIST,
                                        "Tore Lie (velferdsteknologi), Amina Berg (personvern)")),
                        kari.personId()),
                kari);
        // Sensorlab, registered by DialogueDemoData, books the second slot of the morning.
        meetings.book(slots.get(1), sara);
    }
}
