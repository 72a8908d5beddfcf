package no.innomotor.knowledge;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import no.innomotor.organisations.DemoActors;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectRecord;
import no.innomotor.projects.ProjectRecords;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.projects.StepDetails;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case library's demo: Statens vegvesen's predictive road maintenance, the most advanced demo project, is walked
 * on to step 8 by Vegard Vegplan, who builds its case, writes what they learned, publishes it and lists the solution;
 * Vestland fylkeskommune (Siri Samferdsel) has adopted it through a joint procurement for the county roads. Ola
 * Nordmann at Trondheim finds it in the catalogue to follow or to adopt for the municipal roads.
 */
@Component
@Order(900) // after every module whose demo data the case reads: projects, dialogue, funding, benefits
class CaseDemoData implements DemoDataContributor {

    static final String ROADS = "Prediktivt vedlikehold av riksveger";

    private final ProjectRecords records;
    private final ProjectQueries queries;
    private final ProjectsManagement projects;
    private final CaseManagement cases;
    private final CaseStudyRepository repository;
    private final SolutionManagement solutions;
    private final OrganisationsManagement organisations;
    private final DemoActors actors;
    private final Clock clock;

    CaseDemoData(
            ProjectRecords records,
            ProjectQueries queries,
            ProjectsManagement projects,
            CaseManagement cases,
            CaseStudyRepository repository,
            SolutionManagement solutions,
            OrganisationsManagement organisations,
            DemoActors actors,
            Clock clock) {
        this.records = records;
        this.queries = queries;
        this.projects = projects;
        this.cases = cases;
        this.repository = repository;
        this.solutions = solutions;
        this.organisations = organisations;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId vegvesen = orgs.get("vegvesen");
        OrganisationId vestland = orgs.get("vestland");
        if (vegvesen == null || vestland == null) {
            return;
        }
        CurrentUser vegard = person("vegard.vegplan@vegvesen.no", vegvesen);
        CurrentUser siri = person("siri.samferdsel@vlfk.no", vestland);
        Optional<ProjectRecord> roads = records.page(null, ProjectRecords.MAX_PAGE_SIZE).stream()
                .filter(p -> p.title().equals(ROADS) && p.organisation().equals(vegvesen))
                .findFirst();
        if (vegard == null || siri == null || roads.isEmpty()) {
            return;
        }
        ProjectId project = roads.get().id();
        toSpread(project, vegard);
        cases.build(project, vegard);
        cases.writeLessons(
                project,
                new Lessons(
                        "Vi startet med dataene vi allerede hadde fra kjøretøy og sensorer langs vegen, og lot "
                                + "leverandørene vise hva de kunne lese ut av dem. Den førkommersielle anskaffelsen i "
                                + "tre faser ga oss to løsninger å prøve på strekninger i to regioner, og "
                                + "driftskontraktørene var med i testene fra første fase.",
                        "Vi ville avklart tidligere hvem som eier dataene etter kontraktsslutt, og satt av mer tid "
                                + "til nullpunktsmålingen før pilotene startet. Kravet om åpne grensesnitt burde stått i "
                                + "konkurransegrunnlaget fra starten, ikke kommet inn i fase to.",
                        "Bruk data dere allerede samler inn, og invitér driftskontraktørene inn i dialogen. Skriv "
                                + "inn en opsjon for andre vegeiere i kontrakten, så kan fylkeskommuner og kommuner "
                                + "bruke løsningen uten en ny konkurranse om utviklingen."),
                version(project),
                vegard);
        cases.publish(project, version(project), vegard);
        SolutionId solution = solutions.describe(
                project,
                new SolutionDetails(
                        "Prediktivt vegvedlikehold",
                        "Analyserer data fra kjøretøy og sensorer langs vegen og varsler om slitasje, sprekker og "
                                + "telehiv før skadene blir farlige eller dyre. Driftskontraktøren får forslag til "
                                + "tiltak prioritert etter risiko og kostnad, og vegeieren ser utviklingen på kart.",
                        null,
                        "Kontrakt etter førkommersiell anskaffelse med opsjon for andre vegeiere: fylkeskommuner og "
                                + "kommuner kan avrope drift av løsningen på egne vegnett til avtalte priser."),
                0,
                vegard);
        solutions.adopt(
                solution,
                vestland,
                AdoptionKind.JOINT_PROCUREMENT,
                NorwegianTime.today(clock).minusMonths(1),
                siri);
    }

    /** Ticks the required items of each step from the current one to step 7 and completes it. */
    private void toSpread(ProjectId project, CurrentUser buyer) {
        int step = queries.get(project, buyer).currentStep().number();
        for (; step < RoadmapStep.SPREAD_AND_SCALE_UP.number(); step++) {
            RoadmapStep roadmapStep = RoadmapStep.of(step);
            StepDetails details = queries.step(project, roadmapStep, buyer);
            details.items().stream()
                    .filter(item -> item.required() && !item.done() && !item.byPlatform())
                    .forEach(item -> projects.setItemDone(project, roadmapStep, item.id(), true, buyer));
            projects.completeStep(project, roadmapStep, buyer);
        }
    }

    private long version(ProjectId project) {
        return repository.findByProjectId(project.value()).orElseThrow().version();
    }

    private @Nullable CurrentUser person(String email, OrganisationId organisation) {
        PersonId id =
                organisations.findPersonByEmail(email).map(PersonSummary::id).orElse(null);
        return actors.actor(id, organisation, Role.BUYER);
    }
}
