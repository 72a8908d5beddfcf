package no.innomotor.followup;

import java.time.Clock;
import java.time.LocalDate;
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
 * Per Rådgiver's follow-up of two demo suppliers, made through the module's own commands: Sensorlab (goals from its
 * growth ambitions, a meeting, the course for suppliers, an introduction to Bærum kommune, an innovation contract
 * suggested, a step overdue and one of its own due soon, and a comment from Sara) and Nordlys Data (goals written
 * with the company, which keeps its ambitions to itself). Helsetek has no plan, so the overview offers one.
 */
@Component
@Order(250) // after the supplier profiles (150) and the market dialogue (200) the overview counts
class FollowUpDemoData implements DemoDataContributor {

    static final String ADVISER_EMAIL = "per.radgiver@lup.no";

    private final FollowUpManagement followUp;
    private final DemoActors actors;
    private final Clock clock;

    FollowUpDemoData(FollowUpManagement followUp, DemoActors actors, Clock clock) {
        this.followUp = followUp;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId dfo = orgs.get("dfo");
        OrganisationId sensorlab = orgs.get("sensorlab");
        OrganisationId nordlys = orgs.get("nordlys");
        if (dfo == null || sensorlab == null || nordlys == null) {
            return;
        }
        CurrentUser per = actors.actor(people.get(ADVISER_EMAIL), dfo, Role.ADVISER);
        CurrentUser sara = actors.actor(people.get("sara@sensorlab.no"), sensorlab, Role.SUPPLIER);
        if (per == null || sara == null) {
            return;
        }
        LocalDate today = NorwegianTime.today(clock);

        NewPlan start = followUp.start(sensorlab, per);
        PlanId sensorPlan = followUp.create(sensorlab, start.goals(), per);
        followUp.addActivity(
                sensorPlan,
                ActivityKind.MEETING,
                today.minusDays(40),
                "Første møte i Trondheim. Vi gikk gjennom vekstambisjonene og hva det krever å svare på en"
                        + " konkurranse fra en kommune. Sensorlab har aldri levert til offentlig sektor.",
                "Per Rådgiver, Sara Leverandør",
                per);
        followUp.addActivity(
                sensorPlan,
                ActivityKind.COURSE,
                today.minusDays(26),
                "Sara deltok på kurset «Innovative anskaffelser for leverandører»: markedsdialog, likebehandling og"
                        + " hvordan en innovasjonspartnerskap-konkurranse foregår.",
                "Sara Leverandør",
                per);
        followUp.addActivity(
                sensorPlan,
                ActivityKind.BUYER_INTRODUCTION,
                today.minusDays(12),
                "Introdusert for Bærum kommune, som har en markedsdialog om trygghet om natten for eldre som bor"
                        + " hjemme. Sensorlab har meldt seg på dialogen.",
                "Per Rådgiver, Kari Innkjøper (Bærum kommune)",
                per);
        followUp.addActivity(
                sensorPlan,
                ActivityKind.INSTRUMENT_SUGGESTED,
                today.minusDays(5),
                "Foreslått å søke Innovasjon Norge om en innovasjonskontrakt sammen med en pilotkommune, og"
                        + " SkatteFUNN for utviklingen av den radarbaserte sensoren.",
                "Per Rådgiver",
                per);
        followUp.addStep(
                sensorPlan,
                "Sette Sensorlab i kontakt med innkjøpsrådgiveren i Trondheim kommune",
                today.minusDays(3),
                Responsible.ADVISER,
                per);
        followUp.addStep(
                sensorPlan,
                "Skrive et utkast til søknad om innovasjonskontrakt og sende det til rådgiveren",
                today.plusDays(6),
                Responsible.SUPPLIER,
                per);
        followUp.comment(
                sensorPlan,
                "Takk for kurset! Vi vil gjerne ha hjelp til å forstå hva Bærum mener med krav til personvern"
                        + " før dialogmøtet.",
                sara);

        followUp.create(
                nordlys,
                new Goals(
                        "Kommuner i Troms og Finnmark med spredt bosetting.",
                        "Ha tre kommuner som kunder på digitalt tilsyn innen tre år.",
                        "Hjelp til krav om personvern og informasjonssikkerhet i helse, og til å finne en pilotkommune."),
                per);
        PlanId nordlysPlan = followUp.start(nordlys, per).openPlan().orElseThrow();
        followUp.addActivity(
                nordlysPlan,
                ActivityKind.MEETING,
                today.minusDays(20),
                "Videomøte med Nordlys Data om hvordan de kan vise frem løsningen sin i markedsdialoger.",
                "Per Rådgiver, Nils Nordlys",
                per);
        followUp.addStep(
                nordlysPlan,
                "Finne en kommune i Troms som vil prøve digitalt tilsyn i en pilot",
                today.plusDays(10),
                Responsible.ADVISER,
                per);
    }
}
