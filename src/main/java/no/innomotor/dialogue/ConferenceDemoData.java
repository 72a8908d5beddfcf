package no.innomotor.dialogue;

import java.nio.charset.StandardCharsets;
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
 * Bærum's market dialogue gets its dialogue conference (an agenda, 40 places, at most three per company; Sensorlab
 * and Nordlys registered, Helsetek not yet, so it has something to do), an invitation attached to the announcement,
 * and a draft requirement specification out for comment. Made through the same service calls a person would make.
 */
@Component
@Order(210) // after DialogueDemoData, whose announcement and registrations it builds on
class ConferenceDemoData implements DemoDataContributor {

    private final AnnouncementRepository announcements;
    private final ConferenceManagement conferences;
    private final DialogueAttachments attachments;
    private final DraftDocuments drafts;
    private final DemoActors actors;
    private final Clock clock;

    ConferenceDemoData(
            AnnouncementRepository announcements,
            ConferenceManagement conferences,
            DialogueAttachments attachments,
            DraftDocuments drafts,
            DemoActors actors,
            Clock clock) {
        this.announcements = announcements;
        this.conferences = conferences;
        this.attachments = attachments;
        this.drafts = drafts;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId baerum = orgs.get("baerum");
        OrganisationId sensorlab = orgs.get("sensorlab");
        OrganisationId nordlys = orgs.get("nordlys");
        if (baerum == null || sensorlab == null || nordlys == null) {
            return;
        }
        CurrentUser kari = actors.actor(people.get("kari.innkjoper@baerum.kommune.no"), baerum, Role.BUYER);
        CurrentUser sara = actors.actor(people.get("sara@sensorlab.no"), sensorlab, Role.SUPPLIER);
        CurrentUser nils = actors.newActor("nils.nordlys@nordlysdata.no", "Nils Nordlys", nordlys, Role.SUPPLIER);
        if (kari == null || sara == null || nils == null) {
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
        AnnouncementId id = announcement.id();
        LocalDate today = NorwegianTime.today(clock);
        LocalDate day = announcement.facts().conferenceDate() == null
                ? today.plusDays(24)
                : announcement.facts().conferenceDate();

        attachments.addToAnnouncement(
                id,
                List.of(new Upload("invitasjon-dialogkonferanse.txt", INVITATION.getBytes(StandardCharsets.UTF_8))),
                kari);

        conferences.schedule(
                id,
                new ConferencePlan(
                        day,
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 30),
                        "Bærum rådhus, Sandvika, kommunestyresalen",
                        true,
                        40,
                        3,
                        List.of(
                                new AgendaItem(LocalTime.of(9, 0), "Velkommen og kaffe"),
                                new AgendaItem(
                                        LocalTime.of(9, 15), "Behovet: trygghet om natten for eldre som bor hjemme"),
                                new AgendaItem(
                                        LocalTime.of(9, 45), "Slik jobber nattpatruljen i hjemmetjenesten i dag"),
                                new AgendaItem(LocalTime.of(10, 15), "Pause"),
                                new AgendaItem(LocalTime.of(10, 30), "Spørsmål fra leverandørene, svar til alle"),
                                new AgendaItem(LocalTime.of(11, 15), "Veien videre: møter én til én og tidsplan"),
                                new AgendaItem(LocalTime.of(12, 0), "Oppsummering"))),
                null,
                kari);
        conferences.register(
                id,
                List.of(
                        new Participant(sara.displayName(), sara.email()),
                        new Participant("Per Prototyp", "per.prototyp@sensorlab.no")),
                sara);
        conferences.register(id, List.of(new Participant(nils.displayName(), nils.email())), nils);

        drafts.publish(
                id,
                new DraftFacts(
                        "Utkast til kravspesifikasjon: varsling om natten",
                        "Dette er et første utkast til kravene i konkurransen. Vi vil særlig høre om kravene til "
                                + "personvern, batteritid og overføring til alarmmottaket er realistiske, og om noe "
                                + "mangler. Kommentarene deres leses bare av prosjektteamet; vi publiserer en "
                                + "oppsummering til alle påmeldte uten å si hvem som sa hva.",
                        today.plusDays(18)
                                .atTime(LocalTime.NOON)
                                .atZone(NorwegianTime.ZONE)
                                .toInstant()),
                List.of(new Upload("utkast-kravspesifikasjon.txt", REQUIREMENTS.getBytes(StandardCharsets.UTF_8))),
                kari);
    }

    private static final String INVITATION = """
            Invitasjon til dialogkonferanse

            Bærum kommune inviterer leverandører til dialogkonferanse om trygghet om natten for eldre som bor
            hjemme. Vi forteller om behovet og om hvordan hjemmetjenesten jobber i dag, og svarer på spørsmål.
            Svarene publiseres til alle påmeldte, og presentasjonene og referatet sendes til alle som har meldt
            interesse, også dem som ikke kan komme.

            Påmelding skjer på kunngjøringssiden i Innomotor innen fristen for å melde interesse.
            """;

    private static final String REQUIREMENTS = """
            Utkast til kravspesifikasjon (til kommentar)

            1. Løsningen skal oppdage fall og uvanlig uro om natten uten kamera.
            2. Den eldre skal ikke måtte gjøre noe for at varsel sendes.
            3. Varsler skal gå til kommunens alarmmottak innen 60 sekunder.
            4. Batteridrevne enheter skal vare minst to år uten bytte.
            5. Personopplysninger skal behandles i EØS, og databehandleravtale skal inngås.
            """;
}
