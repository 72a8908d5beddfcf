package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.innomotor.organisations.DemoActors;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectSummary;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Bærum's benefit plans, kept by Kari Innkjøper through the module's own commands. The safety-sensor project (the
 * most advanced of Bærum's demo projects) has a full plan: fewer night visits valued in kroner (on track), fewer falls
 * that end in hospital (at risk) and calmer relatives, with a year of quarterly measurements, and is shown in the
 * public showcase. The fossil-free construction site has a baseline whose first monthly measurement is overdue, so
 * Kari finds it on her front page. Statens vegvesen's predictive road maintenance, the project that walks the whole
 * roadmap, has two years of measurements and is showcased too, so its case in the case library tells the benefits.
 */
@Component
@Order(320) // after the projects' demo data (100), whose Bærum projects it plans for
class BenefitsDemoData implements DemoDataContributor {

    static final String SENSORS = "Trygghetssensorer for eldre som bor hjemme";
    static final String SITE = "Fossilfri byggeplass for nye Bekkestua skole";
    static final String ROADS = "Prediktivt vedlikehold av riksveger";

    private final BenefitsManagement benefits;
    private final ProjectQueries projects;
    private final DemoActors actors;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    BenefitsDemoData(
            BenefitsManagement benefits,
            ProjectQueries projects,
            DemoActors actors,
            OrganisationsManagement organisations,
            Clock clock) {
        this.benefits = benefits;
        this.projects = projects;
        this.actors = actors;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId baerum = orgs.get("baerum");
        if (baerum == null) {
            return;
        }
        CurrentUser kari = actors.actor(people.get("kari.innkjoper@baerum.kommune.no"), baerum, Role.BUYER);
        CurrentUser rune = actors.actor(people.get("rune.radmann@baerum.kommune.no"), baerum, Role.TOP_LEADER);
        if (kari == null || rune == null) {
            return;
        }
        LocalDate today = NorwegianTime.today(clock);
        ProjectId sensors = project(rune, SENSORS);
        if (sensors != null) {
            sensors(sensors, kari, rune.personId(), today);
        }
        ProjectId site = project(rune, SITE);
        if (site != null) {
            benefits.add(
                    site,
                    new BenefitDetails(
                            "Lavere utslipp fra anleggsplassen",
                            "Elektriske anleggsmaskiner og midlertidig ladeinfrastruktur erstatter diesel på"
                                    + " byggeplassen.",
                            BenefitType.QUALITY,
                            false,
                            true,
                            "Utslipp fra maskiner på byggeplassen per måned",
                            "tonn CO2e",
                            "Drivstoff- og strømforbruk fra entreprenørens månedsrapport, regnet om med"
                                    + " Miljødirektoratets faktorer",
                            new BigDecimal("38"),
                            today.minusMonths(4),
                            "Entreprenørens rapport for sammenlignbar skolebygging 2025",
                            new BigDecimal("5"),
                            today.plusMonths(20),
                            MeasurementSchedule.MONTHLY,
                            kari.personId(),
                            "Nok ladeeffekt fra nettselskapet før grunnarbeidet starter",
                            "Krav om elektriske maskiner i konkurransen; månedlig rapportering i kontrakten",
                            "Forsinket levering av elektriske gravemaskiner",
                            "Fossilfri byggeplass innen 2027",
                            null,
                            List.of()),
                    kari);
        }
        OrganisationId vegvesen = orgs.get("vegvesen");
        if (vegvesen != null) {
            roads(vegvesen, today);
        }
    }

    /**
     * Statens vegvesen's predictive road maintenance, the demo project that walks the whole roadmap: two years of
     * quarterly measurements, so its case in the case library carries realised benefits, and a place in the showcase.
     */
    private void roads(OrganisationId vegvesen, LocalDate today) {
        CurrentUser vegard = person("vegard.vegplan@vegvesen.no", vegvesen, Role.BUYER);
        CurrentUser hanne = person("hanne.vegdirektor@vegvesen.no", vegvesen, Role.TOP_LEADER);
        if (vegard == null || hanne == null) {
            return;
        }
        ProjectId project = project(hanne, ROADS);
        if (project == null) {
            return;
        }
        LocalDate baselineOn = today.minusMonths(24);
        LocalDate targetOn = today.plusMonths(6);
        BenefitId repairs = benefits.add(
                project,
                new BenefitDetails(
                        "Lavere kostnad for akutte utbedringer",
                        "Skader som oppdages tidlig, utbedres i planlagt vedlikehold i stedet for som hastejobber om"
                                + " natten og i helgene.",
                        BenefitType.EFFICIENCY,
                        true,
                        true,
                        "Kostnad for akutte utbedringer på riksvegene i region vest per kvartal",
                        "kr",
                        "Fakturerte hastebestillinger i driftskontraktene, hentet fra økonomisystemet hvert kvartal",
                        new BigDecimal("14000000"),
                        baselineOn,
                        "Økonomisystemet, snitt per kvartal for 2023 og 2024",
                        new BigDecimal("10500000"),
                        targetOn,
                        MeasurementSchedule.QUARTERLY,
                        hanne.personId(),
                        "Data fra kjøretøy og sensorer leveres hver natt til analyseplattformen",
                        "Driftskontraktene får en ny bestillingsrutine for planlagte utbedringer",
                        "Entreprenørene prioriterer hastejobber høyere enn de planlagte",
                        "Tryggere veger til lavere kostnad",
                        Money.nok(14_000_000),
                        List.of()),
                vegard);
        BenefitId found = benefits.add(
                project,
                new BenefitDetails(
                        "Vegvesenet finner skadene før trafikantene",
                        "Hull, sprekker og skadde rekkverk meldes av analysen før noen kjører på dem.",
                        BenefitType.QUALITY,
                        false,
                        true,
                        "Andel skader som først ble meldt av trafikanter",
                        "prosent",
                        "Avviksmeldinger i driftssystemet, merket med hvem som meldte skaden først",
                        new BigDecimal("62"),
                        baselineOn,
                        "Driftssystemet, 2024",
                        new BigDecimal("25"),
                        targetOn,
                        MeasurementSchedule.QUARTERLY,
                        hanne.personId(),
                        "Analysen dekker alle riksveger i regionen",
                        "Varsler fra analysen går rett til byggherren for driftskontrakten",
                        "Falske varsler gjør at ekte varsler blir oversett",
                        "Tryggere veger til lavere kostnad",
                        null,
                        List.of(repairs)),
                vegard);
        BenefitId closures = benefits.add(
                project,
                new BenefitDetails(
                        "Færre stengte veger for næringstransporten",
                        "Planlagte utbedringer legges til tider med lite trafikk, så lastebiler og busser slipper"
                                + " omkjøring.",
                        BenefitType.FOR_OTHERS,
                        false,
                        true,
                        "Timer med stengt eller innsnevret riksveg per kvartal",
                        "timer",
                        "Trafikkmeldingene fra vegtrafikksentralen, summert per kvartal",
                        new BigDecimal("410"),
                        baselineOn,
                        "Vegtrafikksentralen, 2024",
                        new BigDecimal("250"),
                        targetOn,
                        MeasurementSchedule.QUARTERLY,
                        hanne.personId(),
                        "Entreprenørene får varsel tidlig nok til å planlegge arbeid om natten",
                        "Felles kalender for planlagte arbeider med fylkeskommunene",
                        "Arbeid utsettes til sommeren og samles i få uker",
                        "Tryggere veger til lavere kostnad",
                        null,
                        List.of()),
                vegard);
        String[][] quarters = {
            {"13800000", "60", "405"},
            {"13300000", "55", "398"},
            {"12800000", "50", "380"},
            {"12400000", "45", "366"},
            {"12000000", "40", "350"},
            {"11400000", "34", "335"}
        };
        for (int i = 0; i < quarters.length; i++) {
            LocalDate on = today.minusMonths(19 - 3L * i);
            benefits.record(project, repairs, new BigDecimal(quarters[i][0]), on, "Kvartalsrapport", vegard);
            benefits.record(project, found, new BigDecimal(quarters[i][1]), on, "Kvartalsrapport", vegard);
            benefits.record(project, closures, new BigDecimal(quarters[i][2]), on, "Kvartalsrapport", vegard);
        }
        benefits.showcase(
                project,
                true,
                "Statens vegvesen brukte en førkommersiell anskaffelse for å lære vegnettet å si fra før det går galt."
                        + " Data fra kjøretøy og sensorer viser nå slitasje og skader tidlig, og utbedringene blir"
                        + " planlagte jobber i stedet for hastejobber. Kostnaden for akutte utbedringer er på vei ned"
                        + " som planlagt, og to av tre skader finner vi nå før trafikantene gjør det. Stengte veger"
                        + " går ned, men saktere enn vi håpet.",
                vegard);
    }

    private @Nullable CurrentUser person(String email, OrganisationId organisation, Role role) {
        return actors.actor(
                organisations.findPersonByEmail(email).map(PersonSummary::id).orElse(null), organisation, role);
    }

    private void sensors(ProjectId project, CurrentUser kari, PersonId leader, LocalDate today) {
        LocalDate baselineOn = today.minusMonths(12);
        LocalDate targetOn = today.plusMonths(12);
        BenefitId visits = benefits.add(
                project,
                new BenefitDetails(
                        "Færre unødvendige nattbesøk i hjemmetjenesten",
                        "Sensorene varsler ved fall og uvanlig uro, så faste tilsyn om natten kan erstattes av besøk"
                                + " når det trengs.",
                        BenefitType.EFFICIENCY,
                        true,
                        true,
                        "Kostnad for nattbesøk per måned",
                        "kr",
                        "Timer for nattpatruljen fra turnussystemet ganger timekostnad",
                        new BigDecimal("820000"),
                        baselineOn,
                        "Turnussystemet, snitt for tre måneder før oppstart",
                        new BigDecimal("520000"),
                        targetOn,
                        MeasurementSchedule.QUARTERLY,
                        leader,
                        "Sensorene er installert hos alle brukere i sone vest",
                        "Nye rutiner for nattpatruljen; opplæring av ansatte",
                        "Ansatte og pårørende stoler ikke på varslene i starten",
                        "Eldre skal kunne bo trygt hjemme lenger",
                        Money.nok(3_600_000),
                        List.of()),
                kari);
        BenefitId relatives = benefits.add(
                project,
                new BenefitDetails(
                        "Tryggere hverdag for pårørende",
                        "Pårørende slipper å ringe for å høre om alt står bra til.",
                        BenefitType.FOR_OTHERS,
                        false,
                        true,
                        "Andel pårørende som svarer at de er trygge",
                        "prosent",
                        "Pårørendeundersøkelse hvert halvår",
                        new BigDecimal("54"),
                        baselineOn,
                        "Pårørendeundersøkelsen våren før oppstart",
                        new BigDecimal("75"),
                        targetOn,
                        MeasurementSchedule.HALF_YEARLY,
                        leader,
                        "Pårørende får informasjon om hva sensorene gjør og ikke gjør",
                        "Informasjonsmøter og en side om tjenesten på kommunens nettsted",
                        "Bekymring for personvern",
                        "Eldre skal kunne bo trygt hjemme lenger",
                        null,
                        List.of()),
                kari);
        BenefitId falls = benefits.add(
                project,
                new BenefitDetails(
                        "Færre fall som ender med sykehusinnleggelse",
                        "Raskere hjelp etter et fall gir færre alvorlige skader.",
                        BenefitType.QUALITY,
                        false,
                        true,
                        "Fallulykker med sykehusinnleggelse per kvartal",
                        "innleggelser",
                        "Avviksregisteret og meldinger fra sykehuset",
                        new BigDecimal("46"),
                        baselineOn,
                        "Avviksregisteret, snitt for 2025",
                        new BigDecimal("30"),
                        targetOn,
                        MeasurementSchedule.QUARTERLY,
                        leader,
                        "Sensorene varsler innen ett minutt",
                        "Responstid på varsler følges opp hver uke",
                        "Varsler blir oversett om natten",
                        "Eldre skal kunne bo trygt hjemme lenger",
                        null,
                        List.of(visits, relatives)),
                kari);
        measure(project, visits, today, kari, "800000", "760000", "712000");
        measure(project, falls, today, kari, "45", "44", "43,5");
        benefits.record(project, relatives, new BigDecimal("61"), today.minusMonths(3), "Halvårlig undersøkelse", kari);
        benefits.showcase(
                project,
                true,
                "Hjemmetjenesten i Bærum byttet faste nattbesøk mot sensorer som varsler når noe skjer. Etter et år"
                        + " bruker tjenesten mindre tid på tilsyn som ikke trengs, og flere pårørende sier de er trygge."
                        + " Fallene går ned, men saktere enn planlagt.",
                kari);
    }

    /** Quarterly measurements nine, six and three months ago. */
    private void measure(ProjectId project, BenefitId benefit, LocalDate today, CurrentUser kari, String... values) {
        for (int i = 0; i < values.length; i++) {
            int monthsAgo = 9 - 3 * i;
            benefits.record(
                    project,
                    benefit,
                    new BigDecimal(values[i].replace(',', '.')),
                    today.minusMonths(monthsAgo),
                    "Kvartalsmåling",
                    kari);
        }
    }

    /** Read from the database, not the search index: the projects were made in this same transaction. */
    private @Nullable ProjectId project(CurrentUser leader, String title) {
        return projects.leaderOverview(leader).projects().stream()
                .filter(p -> p.title().equals(title))
                .map(ProjectSummary::id)
                .findFirst()
                .orElse(null);
    }
}
