package no.innomotor.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.organisations.DemoActors;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.Money;
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
 * Demo projects in different steps and states, made through the same service calls a person would make, so their
 * timelines are real. Bærum has a mandate waiting for Rune Rådmann (the demo top leader) to sign. Vestland, Statens
 * vegvesen and Trondheim get people of their own without passwords: they appear as authors, never sign in.
 */
@Component
@Order(100)
class ProjectsDemoData implements DemoDataContributor {

    private final ProjectsManagement projects;
    private final ProjectQueries queries;
    private final ConsultationNoticeManagement notices;
    private final DemoActors actors;

    ProjectsDemoData(
            ProjectsManagement projects,
            ProjectQueries queries,
            ConsultationNoticeManagement notices,
            DemoActors actors) {
        this.projects = projects;
        this.queries = queries;
        this.notices = notices;
        this.actors = actors;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId baerum = orgs.get("baerum");
        OrganisationId trondheim = orgs.get("trondheim");
        OrganisationId vestland = orgs.get("vestland");
        OrganisationId vegvesen = orgs.get("vegvesen");
        if (baerum == null || trondheim == null || vestland == null || vegvesen == null) {
            return;
        }
        CurrentUser kari = actors.actor(people.get("kari.innkjoper@baerum.kommune.no"), baerum, Role.BUYER);
        CurrentUser rune = actors.actor(people.get("rune.radmann@baerum.kommune.no"), baerum, Role.TOP_LEADER);
        CurrentUser ola = actors.actor(people.get("ola.innkjoper@trondheim.kommune.no"), trondheim, Role.BUYER);
        CurrentUser tone = actors.newActor(
                "tone.kommunedirektor@trondheim.kommune.no", "Tone Kommunedirektør", trondheim, Role.TOP_LEADER);
        CurrentUser siri = actors.newActor("siri.samferdsel@vlfk.no", "Siri Samferdsel", vestland, Role.BUYER);
        CurrentUser geir =
                actors.newActor("geir.fylkesdirektor@vlfk.no", "Geir Fylkesdirektør", vestland, Role.TOP_LEADER);
        CurrentUser vegard = actors.newActor("vegard.vegplan@vegvesen.no", "Vegard Vegplan", vegvesen, Role.BUYER);
        CurrentUser hanne =
                actors.newActor("hanne.vegdirektor@vegvesen.no", "Hanne Vegdirektør", vegvesen, Role.TOP_LEADER);
        if (kari == null || rune == null || ola == null) {
            return;
        }

        // Bærum: sensors for safety at home, signed mandate, well into market dialogue.
        ProjectId sensors = projects.create(
                new CreateProject(
                        "Trygghetssensorer for eldre som bor hjemme",
                        "Flere eldre vil bo hjemme lenger, og hjemmetjenesten rekker ikke å være til stede hele døgnet. "
                                + "Fall og uro om natten oppdages for sent. Vi trenger å vite tidlig når noe er galt, uten "
                                + "kameraer og uten at den eldre må huske å trykke på en alarm. Løsningen må virke med "
                                + "kommunens velferdsteknologiske plattform.",
                        baerum,
                        Money.nok(8_500_000),
                        cpv("33195000", "32441100", "85312400"),
                        NutsCode.of("NO084"),
                        ProcedureType.INNOVATION_PARTNERSHIP,
                        Set.of(rune.personId())),
                kari);
        signedMandate(
                sensors,
                kari,
                rune,
                "Flere eldre kan bo trygt hjemme lenger, og hjemmetjenesten bruker " + "tiden der den trengs mest.",
                9_000_000,
                RiskAppetite.MODERATE,
                "20 prosent færre fallskader "
                        + "med innleggelse og 1 500 færre unødvendige tilsynsbesøk i året, målt mot 2026.");
        completeSteps(sensors, kari, 2);
        tick(sensors, 3, kari, 3);
        projects.updateStepNotes(
                sensors,
                RoadmapStep.of(3),
                "Dialogkonferanse holdt 12. mars med 14 leverandører. Fire ba om "
                        + "en-til-en-møter. Referat deles med alle innen to uker.",
                LocalDate.now().plusWeeks(6),
                queries.step(sensors, RoadmapStep.of(3), kari).version(),
                kari);
        sensorsNotice(sensors, kari);

        // Bærum: fossil-free construction site, mandate waiting for Rune's signature.
        ProjectId site = projects.create(
                new CreateProject(
                        "Fossilfri byggeplass for nye Bekkestua skole",
                        "Byggeplassene våre står for en stor del av kommunens direkte utslipp. Vi vil bygge den nye "
                                + "skolen uten fossilt drivstoff, også i vintermånedene, og trenger løsninger for energi, "
                                + "maskiner og massetransport som ikke finnes i markedet i dag.",
                        baerum,
                        Money.nok(42_000_000),
                        cpv("45210000", "31682000", "71313000"),
                        NutsCode.of("NO084"),
                        ProcedureType.COMPETITIVE_DIALOGUE,
                        Set.of()),
                kari);
        tick(site, 1, kari, 3);
        projects.updateStepNotes(
                site,
                RoadmapStep.of(1),
                "Behovsbeskrivelsen skal være klar før mandatet signeres. Innspill fra skole, eiendom og "
                        + "klimaetaten er samlet; oppsummeringen gjenstår.",
                LocalDate.now().minusDays(3),
                queries.step(site, RoadmapStep.of(1), kari).version(),
                kari);
        projects.draftMandate(
                site,
                new MandateTerms(
                        "Bygge Bekkestua skole helt uten fossile utslipp på " + "byggeplassen.",
                        Money.nok(45_000_000),
                        RiskAppetite.HIGH,
                        "Minst 350 tonn CO2 spart, og " + "erfaringer som kan brukes i alle kommunens byggeprosjekter.",
                        LocalDate.now().withDayOfMonth(1),
                        LocalDate.now().withDayOfMonth(1).plusYears(3)),
                kari);
        projects.markMandateReady(site, 1, kari);

        // Bærum: a stopped project, with its reason.
        ProjectId learning = projects.create(
                new CreateProject(
                        "Digital læringsplattform for voksenopplæringen",
                        "Deltakerne i voksenopplæringen har svært ulik bakgrunn og trenger å kunne øve når det passer "
                                + "dem, på sitt eget språk.",
                        baerum,
                        Money.nok(1_200_000),
                        cpv("48000000", "72212000"),
                        NutsCode.of("NO084"),
                        ProcedureType.NEGOTIATED_WITH_PRIOR_PUBLICATION,
                        Set.of()),
                kari);
        signedMandate(
                learning,
                kari,
                rune,
                "Bedre læringsutbytte for deltakerne i voksenopplæringen.",
                1_500_000,
                RiskAppetite.LOW,
                "Flere deltakere består norskprøven på første forsøk.");
        completeSteps(learning, kari, 1);
        projects.stop(
                learning,
                "Behovet dekkes av den nasjonale plattformen som Kompetanse Norge lanserte i "
                        + "høst. Erfaringene fra behovsavklaringen er delt med dem.",
                rune);

        // Trondheim: energy monitoring, paused in needs assessment.
        ProjectId energy = projects.create(
                new CreateProject(
                        "Energiovervåking i kommunale bygg",
                        "Vi vet for lite om når og hvor energien brukes i skoler og sykehjem, og oppdager feil i "
                                + "ventilasjon og varme først når brukerne klager.",
                        trondheim,
                        Money.nok(3_400_000),
                        cpv("48614000", "38430000", "71313000"),
                        NutsCode.of("NO060"),
                        ProcedureType.OPEN_OR_RESTRICTED_FUNCTIONAL,
                        Set.of()),
                ola);
        if (tone != null) {
            signedMandate(
                    energy,
                    ola,
                    tone,
                    "Redusere energibruken i kommunale bygg.",
                    3_500_000,
                    RiskAppetite.MODERATE,
                    "15 prosent lavere energibruk i byggene som er med.");
            completeSteps(energy, ola, 1);
            tick(energy, 2, ola, 2);
            projects.pause(energy, tone);
        }

        // Vestland: digital school-transport planning, in needs assessment.
        if (siri != null && geir != null) {
            ProjectId transport = projects.create(
                    new CreateProject(
                            "Digital planlegging av skoleskyss",
                            "Skoleskyssen planlegges i dag for hånd ut fra elevlister som endres gjennom hele året. Elever "
                                    + "venter lenge, og bussene går halvtomme på noen ruter. Vi trenger bedre planlegging "
                                    + "som tar hensyn til elever med særlige behov.",
                            vestland,
                            Money.nok(6_000_000),
                            cpv("72212000", "60130000", "48810000"),
                            NutsCode.of("NO0A2"),
                            ProcedureType.PRE_COMMERCIAL_PROCUREMENT,
                            Set.of()),
                    siri);
            signedMandate(
                    transport,
                    siri,
                    geir,
                    "Kortere reisetid for elevene og bedre utnyttelse av bussene.",
                    6_500_000,
                    RiskAppetite.HIGH,
                    "10 prosent lavere skysskostnad per elev og ingen elever med "
                            + "over 45 minutters reisevei hver vei.");
            completeSteps(transport, siri, 1);
            tick(transport, 2, siri, 4);
        }

        // Statens vegvesen: predictive road maintenance, in competition, mandate revised and signed twice.
        if (vegard != null && hanne != null) {
            ProjectId roads = projects.create(
                    new CreateProject(
                            "Prediktivt vedlikehold av riksveger",
                            "Vedlikeholdet av vegnettet styres av faste intervaller og meldinger om skader. Vi vil "
                                    + "oppdage slitasje og skader før de blir farlige eller dyre, med data vi allerede "
                                    + "samler inn fra kjøretøy og sensorer langs vegen.",
                            vegvesen,
                            Money.nok(25_000_000),
                            cpv("72316000", "45233141", "50230000"),
                            NutsCode.of("NO081"),
                            ProcedureType.PRE_COMMERCIAL_PROCUREMENT,
                            Set.of()),
                    vegard);
            signedMandate(
                    roads,
                    vegard,
                    hanne,
                    "Tryggere veger og lavere vedlikeholdskostnader.",
                    20_000_000,
                    RiskAppetite.MODERATE,
                    "Færre akutte reparasjoner og lengre levetid for vegdekket.");
            completeSteps(roads, vegard, 2);
            signedMandate(
                    roads,
                    vegard,
                    hanne,
                    "Tryggere veger og lavere vedlikeholdskostnader, med piloter " + "i to regioner.",
                    26_000_000,
                    RiskAppetite.MODERATE,
                    "Færre akutte reparasjoner og lengre " + "levetid for vegdekket, målt på strekningene i pilotene.");
            completeSteps(roads, vegard, 3);
            tick(roads, 4, vegard, 2);
        }
    }

    /**
     * The market-dialogue notice of the sensor project, complete and ready to download. The review body's
     * organisation number and address are demo values: a real notice takes them from the Central Coordinating
     * Register for Legal Entities.
     */
    private void sensorsNotice(ProjectId sensors, CurrentUser kari) {
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        notices.save(
                sensors,
                new ConsultationNoticeDetails(
                        MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY,
                        List.of(MarketConsultationLanguage.NORWEGIAN, MarketConsultationLanguage.ENGLISH),
                        "Kari Innkjøper",
                        "kari.innkjoper@baerum.kommune.no",
                        "+47 67 50 40 50",
                        "Sandvika",
                        "1304",
                        "NO084",
                        "Markedsdialog om trygghetssensorer for eldre som bor hjemme",
                        "Safety sensors for older people living at home: market dialogue",
                        "Bærum kommune inviterer leverandører til markedsdialog om sensorer som varsler hjemmetjenesten "
                                + "tidlig når noe er galt hos eldre som bor hjemme, uten kameraer og uten at den eldre må "
                                + "trykke på en alarm. Vi vil høre hva som finnes og hva som kan utvikles, før vi velger "
                                + "prosedyre. Dialogen forplikter ingen av partene.",
                        "The municipality of Bærum invites suppliers to a market dialogue on sensors that alert the home "
                                + "care service early when something is wrong for older people living at home, without "
                                + "cameras and without the person having to press an alarm. We want to learn what exists "
                                + "and what could be developed before we choose a procedure. The dialogue commits no one.",
                        today.plusWeeks(4),
                        today.plusWeeks(2),
                        today.plusWeeks(6),
                        today.plusMonths(5),
                        "https://www.baerum.kommune.no/markedsdialog/trygghetssensorer",
                        "Asker og Bærum tingrett",
                        "974678322",
                        "Sandvika",
                        "1337",
                        "NO084"),
                ConsultationNoticeManagement.NEW,
                kari);
    }

    private void signedMandate(
            ProjectId project,
            CurrentUser buyer,
            CurrentUser leader,
            String goal,
            long budget,
            RiskAppetite risk,
            String benefits) {
        LocalDate start = LocalDate.now().withDayOfMonth(1);
        int version = projects.draftMandate(
                project, new MandateTerms(goal, Money.nok(budget), risk, benefits, start, start.plusYears(2)), buyer);
        projects.markMandateReady(project, version, buyer);
        projects.signMandate(project, version, queries.get(project, leader).organisation(), leader);
    }

    /** Ticks the required items of the current step and completes it, until the project has passed {@code last}. */
    private void completeSteps(ProjectId project, CurrentUser buyer, int last) {
        int step = queries.get(project, buyer).currentStep().number();
        for (; step <= last; step++) {
            tick(project, step, buyer, Integer.MAX_VALUE);
            projects.completeStep(project, RoadmapStep.of(step), buyer);
        }
    }

    /** Ticks up to {@code count} items of a step, required ones first. */
    private void tick(ProjectId project, int step, CurrentUser buyer, int count) {
        RoadmapStep roadmapStep = RoadmapStep.of(step);
        StepDetails details = queries.step(project, roadmapStep, buyer);
        details.items().stream()
                .sorted((a, b) -> Boolean.compare(b.required(), a.required()))
                .filter(item -> !item.done() && !item.byPlatform())
                .limit(count)
                .forEach(item -> projects.setItemDone(project, roadmapStep, item.id(), true, buyer));
    }

    private static List<CpvCode> cpv(String... codes) {
        return java.util.Arrays.stream(codes).map(CpvCode::of).toList();
    }
}
