package no.innomotor.riskrelief;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.organisations.DemoActors;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectSummary;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Innovasjon Norge's risk-relief schemes, made through the module's own commands: a published financial scheme for
 * pilot customers with a budget for next year, and a published process scheme of adviser hours. Bærum kommune has
 * applied to the first for its sensor project; Jon Jury (the demo jury member) and Ivar Vurdering, an actor of
 * Innovasjon Norge, are assigned to assess it, so the demo jury account and Ingrid at Innovasjon Norge both find
 * work waiting on their first sign-in.
 */
@Component
@Order(300) // after the projects' demo data (100), whose Bærum project applies
class RiskReliefDemoData implements DemoDataContributor {

    static final String SCHEME_NAME = "Risikoavlastning for pilotkunder";
    static final String PROCESS_NAME = "Prosessveiledning for innovative anskaffelser";
    static final String PROJECT_TITLE = "Trygghetssensorer for eldre som bor hjemme";

    private final RiskReliefManagement riskRelief;
    private final ProjectQueries projects;
    private final DemoActors actors;
    private final Clock clock;

    RiskReliefDemoData(RiskReliefManagement riskRelief, ProjectQueries projects, DemoActors actors, Clock clock) {
        this.riskRelief = riskRelief;
        this.projects = projects;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId innovasjon = orgs.get("innovasjon");
        OrganisationId baerum = orgs.get("baerum");
        CurrentUser ingrid = actors.actor(people.get("ingrid@innovasjonnorge.no"), innovasjon, Role.INSTRUMENT_ACTOR);
        CurrentUser kari = actors.actor(people.get("kari.innkjoper@baerum.kommune.no"), baerum, Role.BUYER);
        PersonId jon = people.get("jon.jury@nho.no");
        if (innovasjon == null || baerum == null || ingrid == null || kari == null || jon == null) {
            return;
        }
        LocalDate today = NorwegianTime.today(clock);
        int year = today.getYear() + 1;
        SchemeId pilot = riskRelief.createScheme(
                innovasjon,
                new SchemeInput(
                        SCHEME_NAME,
                        "Offentlige virksomheter som er første kunde for en ny løsning, tar en risiko leverandøren "
                                + "ikke kan bære alene. Ordningen dekker deler av kostnadene ved pilotering og "
                                + "testing, og kan garantere for tap dersom løsningen ikke når kravene i kontrakten. "
                                + "Søknader vurderes løpende av to fagpersoner.",
                        SchemeKind.FINANCIAL,
                        Audience.BOTH,
                        today.plusMonths(4),
                        year,
                        12_000_000,
                        List.of(
                                new SchemeInput.Criterion("Innovasjonshøyde og nytte for brukerne", 40),
                                new SchemeInput.Criterion("Risiko som avlastes, og hvorfor den er reell", 35),
                                new SchemeInput.Criterion("Gjennomføringsevne og spredning til andre", 25)),
                        Set.of(CostCategory.PILOTING, CostCategory.DEVELOPMENT, CostCategory.RISK_OF_LOSS)),
                ingrid);
        riskRelief.publishScheme(pilot, 0, ingrid);
        SchemeId process = riskRelief.createScheme(
                innovasjon,
                new SchemeInput(
                        PROCESS_NAME,
                        "Rådgivere med erfaring fra innovative anskaffelser hjelper innkjøpere gjennom "
                                + "markedsdialog, valg av prosedyre og kontraktsstrategi. Ordningen gir inntil 120 "
                                + "timer per prosjekt, og juridisk bistand der det trengs.",
                        SchemeKind.PROCESS,
                        Audience.BUYERS,
                        today.plusMonths(6),
                        year,
                        2_000,
                        List.of(
                                new SchemeInput.Criterion("Behovet for veiledning", 60),
                                new SchemeInput.Criterion("Forankring i ledelsen", 40)),
                        Set.of(CostCategory.EXTERNAL_ADVICE, CostCategory.COMPETENCE)),
                ingrid);
        riskRelief.publishScheme(process, 0, ingrid);

        // The projects of Bærum, as its top leader reads them (straight from the database: the search index is
        // written when the demo data's transaction commits).
        CurrentUser rune = actors.actor(people.get("rune.radmann@baerum.kommune.no"), baerum, Role.TOP_LEADER);
        if (rune == null) {
            return;
        }
        ProjectSummary sensors = projects.leaderOverview(rune).projects().stream()
                .filter(p -> p.title().equals(PROJECT_TITLE))
                .findFirst()
                .orElse(null);
        if (sensors == null) {
            return;
        }
        NewApplication start = riskRelief.start(pilot, sensors.id(), kari);
        Map<String, String> answers = new java.util.HashMap<>();
        List<CriterionView> criteria = start.scheme().criteria();
        answers.put(
                criteria.get(0).id(),
                "Sensorene oppdager fall og uro uten kamera og uten alarmknapp. Hjemmetjenesten får beskjed "
                        + "med en gang og kan prioritere besøkene der behovet er størst.");
        answers.put(
                criteria.get(1).id(),
                "Ingen kommune har brukt løsningen i drift. Integrasjonen mot den velferdsteknologiske plattformen "
                        + "er uprøvd, og leverandøren er et lite selskap uten referanser i offentlig sektor.");
        answers.put(
                criteria.get(2).id(),
                "Bærum har et prosjektteam med mandat fra rådmannen. Resultatene deles gjennom KS-nettverket, og "
                        + "tre nabokommuner har meldt interesse for å bruke samme kontrakt.");
        ApplicationId application = riskRelief.createApplication(
                pilot,
                sensors.id(),
                new ApplicationInput(
                        2_400_000,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        Set.of(CostCategory.PILOTING, CostCategory.RISK_OF_LOSS),
                        "Pilot i 60 hjem over tolv måneder, med garanti for tap om sensorene ikke når kravene "
                                + "til oppdagelse av fall.",
                        answers),
                kari);
        riskRelief.submit(application, kari);
        CurrentUser ivar = actors.newActor(
                "ivar.vurdering@innovasjonnorge.no", "Ivar Vurdering", innovasjon, Role.INSTRUMENT_ACTOR);
        riskRelief.assign(application, jon, ingrid);
        if (ivar != null) {
            riskRelief.assign(application, ivar.personId(), ingrid);
        }

        // Bærum also asks for adviser hours for the same project: submitted, nobody assigned yet.
        List<CriterionView> processCriteria =
                riskRelief.start(process, sensors.id(), kari).scheme().criteria();
        Map<String, String> processAnswers = new java.util.HashMap<>();
        processAnswers.put(
                processCriteria.get(0).id(),
                "Kommunen har ikke gjennomført et innovasjonspartnerskap før og trenger hjelp med "
                        + "konkurransegrunnlaget og forhandlingene.");
        processAnswers.put(
                processCriteria.get(1).id(), "Rådmannen har signert mandatet, og prosjektet har egen styringsgruppe.");
        ApplicationId hours = riskRelief.createApplication(
                process,
                sensors.id(),
                new ApplicationInput(
                        80,
                        LocalDate.of(year, 2, 1),
                        LocalDate.of(year, 9, 30),
                        Set.of(CostCategory.EXTERNAL_ADVICE),
                        "Rådgivning gjennom innovasjonspartnerskapet, fra kunngjøring til kontrakt.",
                        processAnswers),
                kari);
        riskRelief.submit(hours, kari);
    }
}
