package no.innomotor.dialogue;

import java.util.Map;
import no.innomotor.organisations.DemoActors;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sensorlab AS joins the matchmaking of Bærum's announcement: it has the sensors and looks for a partner that runs
 * the alarm-central service. Nordlys and Helsetek see the invitation and how many take part, not who.
 */
@Component
@Order(220) // after DialogueDemoData, whose announcement and registrations it uses
class MatchmakingDemoData implements DemoDataContributor {

    private final DialogueManagement dialogue;
    private final AnnouncementRepository announcements;
    private final DemoActors actors;

    MatchmakingDemoData(DialogueManagement dialogue, AnnouncementRepository announcements, DemoActors actors) {
        this.dialogue = dialogue;
        this.announcements = announcements;
        this.actors = actors;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId baerum = orgs.get("baerum");
        OrganisationId sensorlab = orgs.get("sensorlab");
        PersonId saraId = people.get("sara@sensorlab.no");
        if (baerum == null || sensorlab == null || saraId == null) {
            return;
        }
        CurrentUser sara = actors.actor(saraId, sensorlab, Role.SUPPLIER);
        if (sara == null) {
            return;
        }
        announcements.findByStatusOrderByPublishedAtDesc(AnnouncementStatus.PUBLISHED).stream()
                .filter(a -> a.organisation().equals(baerum))
                .findFirst()
                .ifPresent(announcement -> dialogue.joinMatchmaking(
                        announcement.id(),
                        "Vi har en radarbasert sensor som oppdager fall og uvanlig uro om natten, uten kamera, og "
                                + "leverer sensorer, installasjon og varslingsplattform. Vi søker en partner som driver "
                                + "alarmsentral eller responstjeneste døgnet rundt, og som kan ta imot varslene og "
                                + "følge dem opp sammen med hjemmetjenesten.",
                        "per.prototyp@sensorlab.no",
                        sara));
    }
}
