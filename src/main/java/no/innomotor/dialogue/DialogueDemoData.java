package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import no.innomotor.organisations.DemoActors;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectStatus;
import no.innomotor.projects.ProjectSummary;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The market dialogue of Bærum's project in step 3: a published announcement (also in the opportunity list), Sensorlab
 * AS and Nordlys Data AS registered, one answered question on the public page, one question waiting for the team, and
 * Sensorlab's confidential written input. Made through the same service calls a person would make.
 */
@Component
@Order(200) // after the projects' demo data, whose step-3 project it announces
class DialogueDemoData implements DemoDataContributor {

    private final DialogueManagement dialogue;
    private final ProjectQueries projects;
    private final DemoActors actors;
    private final Clock clock;

    DialogueDemoData(DialogueManagement dialogue, ProjectQueries projects, DemoActors actors, Clock clock) {
        this.dialogue = dialogue;
        this.projects = projects;
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
        CurrentUser rune = actors.actor(people.get("rune.radmann@baerum.kommune.no"), baerum, Role.TOP_LEADER);
        CurrentUser sara = actors.actor(people.get("sara@sensorlab.no"), sensorlab, Role.SUPPLIER);
        CurrentUser nils = actors.newActor("nils.nordlys@nordlysdata.no", "Nils Nordlys", nordlys, Role.SUPPLIER);
        if (kari == null || rune == null || sara == null || nils == null) {
            return;
        }
        // Read from the database, not the search index: the projects were made in this same transaction.
        ProjectSummary project = projects.leaderOverview(rune).projects().stream()
                .filter(p -> p.currentStep() == RoadmapStep.MARKET_DIALOGUE && p.status() == ProjectStatus.ACTIVE)
                .findFirst()
                .orElse(null);
        if (project == null) {
            return;
        }
        LocalDate today = NorwegianTime.today(clock);
        Instant deadline = today.plusDays(21)
                .atTime(LocalTime.NOON)
                .atZone(NorwegianTime.ZONE)
                .toInstant();
        AnnouncementId announcement = dialogue.draft(
                project.id(),
                new AnnouncementFacts(
                        "Markedsdialog: trygghet om natten for eldre som bor hjemme",
                        "Hjemmetjenesten i Bærum får vite for sent når en eldre faller eller blir urolig om natten. "
                                + "Vi ønsker å høre hvordan markedet kan hjelpe oss å oppdage slike hendelser tidlig, "
                                + "uten kameraer og uten at den eldre må huske å utløse en alarm. Vi beskriver "
                                + "problemet, ikke løsningen, og vil gjerne bli utfordret. Dialogen forplikter ikke "
                                + "kommunen til å kjøpe noe.",
                        List.of(CpvCode.of("33195000"), CpvCode.of("32441100"), CpvCode.of("85312400")),
                        NutsCode.of("NO084"),
                        deadline,
                        today.plusDays(28),
                        today.plusDays(42),
                        today.plusDays(24),
                        "Bærum rådhus, Sandvika, og digitalt",
                        kari.displayName(),
                        kari.email()),
                kari);
        dialogue.publish(announcement, kari);

        dialogue.register(
                announcement,
                List.of(
                        new Participant(sara.displayName(), sara.email()),
                        new Participant("Per Prototyp", "per.prototyp@sensorlab.no")),
                sara);
        dialogue.register(announcement, List.of(new Participant(nils.displayName(), nils.email())), nils);

        QuestionId answered = dialogue.ask(
                announcement,
                "Må sensorene kobles til kommunens eksisterende alarmmottak, eller kan leverandøren drifte mottaket?",
                sara);
        dialogue.takeUp(answered, kari);
        dialogue.answer(
                answered,
                "Varsler skal til kommunens eget alarmmottak, som tar imot meldinger etter standarden kommunen "
                        + "bruker i dag. Vi vil gjerne høre hvordan dere løser overføringen, også om dere foreslår "
                        + "en annen vei.",
                kari);
        dialogue.ask(
                announcement,
                "Kan vi få vite omtrent hvor mange boliger en pilot vil omfatte, og om boligene har fast bredbånd?",
                nils);
        dialogue.sendInput(
                announcement,
                "Sensorlab har en radarbasert sensor som registrerer fall og uvanlig bevegelse uten kamera. "
                        + "Vi foreslår en pilot i 20 boliger over seks måneder, der hjemmetjenesten vurderer "
                        + "varslene sammen med oss hver fjortende dag. Prisene våre er forretningshemmeligheter.",
                sara);
    }
}
