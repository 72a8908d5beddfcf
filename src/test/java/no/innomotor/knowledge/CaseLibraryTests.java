package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.benefits.BenefitFiguresChanged;
import no.innomotor.benefits.BenefitType;
import no.innomotor.benefits.TrajectoryStatus;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.funding.EntryDetails;
import no.innomotor.funding.FundingManagement;
import no.innomotor.funding.FundingStatus;
import no.innomotor.knowledge.CaseExceptions.CaseNotFound;
import no.innomotor.knowledge.CaseExceptions.CaseRuleBroken;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.testing.InnomotorTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The case library and the solution catalogue, through their services and the events they listen to. */
@InnomotorTest
class CaseLibraryTests {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    ProjectsManagement management;

    @Autowired
    DialogueFixtures dialogue;

    @Autowired
    DialogueManagement dialogues;

    @Autowired
    FundingManagement funding;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseManagement cases;

    @Autowired
    CaseQueries queries;

    @Autowired
    SolutionManagement solutions;

    @Autowired
    SolutionQueries solutionQueries;

    @Autowired
    AdoptionCounts counts;

    @Autowired
    ProjectBenefitsRepository benefits;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    no.innomotor.shared.work.InboxSummary inbox;

    ProjectFixtures.Org baerum;
    ProjectFixtures.Org trondheim;

    @BeforeEach
    void world() {
        baerum = projects.municipality("Erfaringsrud kommune");
        trondheim = projects.municipality("Spredningsheim kommune");
    }

    @Test
    void reachingStepEightBuildsTheCaseWithTheDialogueFiguresAndTheInstrumentsUsed() {
        ProjectId project = dialogue.projectInMarketDialogue(baerum, "Sensorer med markedsdialog");
        AnnouncementId announcement = dialogues.draft(
                project,
                DialogueFixtures.facts("Dialog om sensorer"),
                baerum.buyer().user());
        dialogues.publish(announcement, baerum.buyer().user());
        dialogue.register(announcement, dialogue.supplier("Registrert sensor AS"));
        dialogue.register(announcement, dialogue.supplier("Registrert sensor to AS"));
        funding.record(
                project,
                new EntryDetails(
                        "Innovasjonskontrakt",
                        null,
                        null,
                        "Innovasjon Norge",
                        FundingStatus.GRANTED,
                        Money.nok(1_500_000),
                        Money.nok(1_200_000),
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        java.util.Set.of(CostCategory.OTHER),
                        null,
                        "Kontaktperson Berit Innkjøper, berit@kommune.example"),
                baerum.buyer().user());
        for (int step = RoadmapStep.MARKET_DIALOGUE.number(); step < 8; step++) {
            projects.tickRequired(baerum, project, RoadmapStep.of(step));
            management.completeStep(
                    project, RoadmapStep.of(step), baerum.buyer().user());
        }

        fixtures.awaitCase(project);
        CaseView built =
                queries.forProject(project, baerum.buyer().user()).caseView().orElseThrow();

        assertThat(built.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(built.step()).isEqualTo(8);
        assertThat(built.dialogue().announcements()).isEqualTo(1);
        assertThat(built.dialogue().registered()).isEqualTo(2);
        assertThat(built.funding()).singleElement().satisfies(f -> {
            assertThat(f.instrument()).isEqualTo("Innovasjonskontrakt");
            assertThat(f.actor()).isEqualTo("Innovasjon Norge");
            assertThat(f.status()).isEqualTo("GRANTED");
            assertThat(f.grantedNok()).isEqualTo(1_200_000L);
        });
        // The entry's note (a person's name and address) is no part of the case.
        assertThat(built.toString()).doesNotContain("berit@kommune.example", "Berit Innkjøper");
    }

    @Test
    void aDraftIsTheProjectsAloneAndPublishingNeedsLessons() {
        ProjectId project = fixtures.atSpread(baerum, "Utkast som venter");
        CaseId id = cases.build(project, baerum.buyer().user());

        assertThatThrownBy(() -> queries.published(id)).isInstanceOf(CaseNotFound.class);
        assertThatThrownBy(() -> queries.forProject(project, trondheim.buyer().user()))
                .isInstanceOf(no.innomotor.shared.DomainException.NotFound.class);
        assertThatThrownBy(() -> cases.publish(
                        project, fixtures.version(project), baerum.buyer().user()))
                .isInstanceOf(CaseRuleBroken.class)
                .hasFieldOrPropertyWithValue("field", "wentWell");
        assertThatThrownBy(() -> cases.publish(
                        project, fixtures.version(project), baerum.leader().user()))
                .isInstanceOf(AccessDeniedException.class);

        cases.writeLessons(
                project,
                CaseFixtures.lessons(),
                fixtures.version(project),
                baerum.buyer().user());
        cases.publish(project, fixtures.version(project), baerum.buyer().user());

        CaseView published = queries.published(id);
        assertThat(published.lessons().advice()).isEqualTo("Involver hjemmetjenesten fra første dag.");
        assertThat(published.publishedAt()).isPresent();
        assertThat(queries.search(new CaseFilter("hjemmetjenesten", null, null, null, null, null), 0, 100)
                        .cases())
                .extracting(CaseSummary::id)
                .contains(id);
    }

    @Test
    void rebuildingKeepsTheLessonsAndAStaleVersionIsAConflict() {
        ProjectId project = fixtures.atSpread(baerum, "Bygges to ganger");
        cases.build(project, baerum.buyer().user());
        long version = fixtures.version(project);
        cases.writeLessons(
                project, CaseFixtures.lessons(), version, baerum.buyer().user());
        cases.build(project, baerum.buyer().user());

        assertThat(queries.forProject(project, baerum.buyer().user())
                        .caseView()
                        .orElseThrow()
                        .lessons())
                .isEqualTo(CaseFixtures.lessons());
        assertThatThrownBy(() -> cases.writeLessons(
                        project, Lessons.NONE, version, baerum.buyer().user()))
                .isInstanceOf(CaseExceptions.CaseChangedConcurrently.class);
    }

    @Test
    void anotherOrganisationAdoptsOnceAndTheOriginatingOrganisationNever() {
        CaseId published = fixtures.published(baerum, "Løsning som sprer seg");
        ProjectId project = fixtures.projectOf(published);
        SolutionId solution = fixtures.listed(baerum, project, "Nattsensor");
        LocalDate today = LocalDate.now(no.innomotor.shared.NorwegianTime.ZONE);

        assertThatThrownBy(() -> solutions.adopt(
                        solution,
                        baerum.id(),
                        AdoptionKind.OWN_PROCUREMENT,
                        today,
                        baerum.buyer().user()))
                .isInstanceOf(CaseRuleBroken.class)
                .hasFieldOrPropertyWithValue("field", "organisation");
        assertThatThrownBy(() -> solutions.adopt(
                        solution,
                        trondheim.id(),
                        AdoptionKind.OWN_PROCUREMENT,
                        today,
                        baerum.buyer().user()))
                .isInstanceOf(CaseRuleBroken.class);
        assertThatThrownBy(() -> solutions.adopt(
                        solution,
                        trondheim.id(),
                        AdoptionKind.OWN_PROCUREMENT,
                        today.plusDays(1),
                        trondheim.buyer().user()))
                .isInstanceOf(CaseRuleBroken.class)
                .hasFieldOrPropertyWithValue("field", "adoptedOn");

        solutions.adopt(
                solution,
                trondheim.id(),
                AdoptionKind.FRAMEWORK_CALL_OFF,
                today,
                trondheim.buyer().user());

        assertThatThrownBy(() -> solutions.adopt(
                        solution,
                        trondheim.id(),
                        AdoptionKind.OWN_PROCUREMENT,
                        today,
                        trondheim.buyer().user()))
                .isInstanceOf(CaseRuleBroken.class);
        SolutionView view = solutionQueries.solution(solution, trondheim.buyer().user());
        assertThat(view.adoptions()).singleElement().satisfies(a -> {
            assertThat(a.organisationName()).isEqualTo("Spredningsheim kommune");
            assertThat(a.kind()).isEqualTo(AdoptionKind.FRAMEWORK_CALL_OFF);
        });
        assertThat(view.reader().adoptFor()).isEmpty();
        assertThat(counts.adoptionsByOriginProject()).containsEntry(project, 1L);
        assertThat(counts.totalAdoptions()).isGreaterThanOrEqualTo(1);
        assertThat(queries.published(published).solution().orElseThrow().adoptions())
                .isEqualTo(1);
    }

    @Test
    void aSolutionIsListedOnlyForAFinishedProjectAndFollowingIsOnce() {
        ProjectId early = projects.project(baerum, "Ikke ferdig ennå");
        assertThatThrownBy(() -> solutions.describe(
                        early,
                        CaseFixtures.details("For tidlig"),
                        0,
                        baerum.buyer().user()))
                .isInstanceOf(CaseRuleBroken.class);

        ProjectId project = fixtures.atSpread(baerum, "Ferdig prosjekt");
        SolutionId solution = fixtures.listed(baerum, project, "Ferdig løsning");
        solutions.follow(solution, trondheim.buyer().user());
        solutions.follow(solution, trondheim.buyer().user());

        SolutionView view = solutionQueries.solution(solution, trondheim.buyer().user());
        assertThat(view.followers()).isEqualTo(1);
        assertThat(view.reader().following()).isTrue();
        assertThat(solutionQueries.listed()).extracting(SolutionSummary::id).contains(solution);
        assertThatThrownBy(() -> solutions.follow(solution, baerum.leader().user()))
                .isInstanceOf(AccessDeniedException.class);

        // A change tells the follower in the inbox; an adoption tells the follower and the originating buyers.
        solutions.describe(
                project,
                CaseFixtures.details("Ferdig løsning, versjon 2"),
                view.version(),
                baerum.buyer().user());
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> inbox.latest(trondheim.buyer().id(), java.util.Locale.forLanguageTag("nb"), 5).stream()
                        .anyMatch(line -> line.text().contains("Ferdig løsning, versjon 2")
                                && ("/solutions/" + solution).equals(line.link())));
        ProjectFixtures.Org third = projects.municipality("Tredjeby kommune");
        solutions.adopt(
                solution,
                third.id(),
                AdoptionKind.OWN_PROCUREMENT,
                LocalDate.now(no.innomotor.shared.NorwegianTime.ZONE),
                third.buyer().user());
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> inbox.latest(baerum.buyer().id(), java.util.Locale.forLanguageTag("nb"), 5).stream()
                        .anyMatch(line -> line.text().contains("Tredjeby kommune")));
        assertThat(inbox.latest(third.buyer().id(), java.util.Locale.forLanguageTag("nb"), 5))
                .noneMatch(line -> line.text().contains("Tredjeby kommune"));
    }

    @Test
    void theBenefitCopyIsKeptAndReplacedWhole() {
        ProjectId project = projects.project(baerum, "Gevinster i kopi");
        publish(new BenefitFiguresChanged(
                baerum.id(), project, List.of(figure("Færre fall"), figure("Spart tid")), false));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> benefits.findById(project.value())
                                .map(ProjectBenefits::benefits)
                                .orElse(0)
                        == 2);

        publish(new BenefitFiguresChanged(baerum.id(), project, List.of(figure("Bare én igjen")), true));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> benefits.findById(project.value())
                                .map(ProjectBenefits::benefits)
                                .orElse(0)
                        == 1);

        ProjectBenefits copy = benefits.findById(project.value()).orElseThrow();
        assertThat(copy.figures())
                .extracting(BenefitFiguresChanged.Figure::title)
                .containsExactly("Bare én igjen");
        assertThat(copy.showcased()).isTrue();
        assertThat(copy.plannedNok()).isEqualTo(Money.nok(500_000));
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static BenefitFiguresChanged.Figure figure(String title) {
        return new BenefitFiguresChanged.Figure(
                java.util.UUID.randomUUID().toString(),
                title,
                BenefitType.EFFICIENCY,
                "Kroner spart",
                "kr",
                BigDecimal.ZERO,
                BigDecimal.valueOf(500_000),
                LocalDate.of(2028, 12, 31),
                BigDecimal.valueOf(200_000),
                LocalDate.of(2027, 6, 1),
                TrajectoryStatus.ON_TRACK,
                Money.nok(500_000),
                Money.nok(200_000));
    }
}
