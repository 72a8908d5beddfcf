package no.innomotor.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.innomotor.projects.ProjectEvents.ChecklistItemChecked;
import no.innomotor.projects.ProjectEvents.ProjectCreated;
import no.innomotor.projects.ProjectEvents.ProjectStopped;
import no.innomotor.projects.ProjectEvents.StepCompleted;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The roadmap's rules, on the aggregate itself. */
class ProjectTests {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final ChecklistTexts TEXTS = new ChecklistTexts(new StaticMessageSource());
    private final PersonId buyer = PersonId.random();
    private final PersonId leader = PersonId.random();

    private Project project() {
        return new Project(
                ProjectId.random(),
                OrganisationId.random(),
                new ProjectFacts(
                        "Trygg hjemme",
                        "Eldre skal kunne bo trygt hjemme",
                        Money.nok(1_000_000),
                        List.of(CpvCode.of("72000000")),
                        NutsCode.of("NO081"),
                        ProcedureType.INNOVATION_PARTNERSHIP,
                        Set.of()),
                buyer,
                NOW);
    }

    private static MandateTerms terms(String goal) {
        return new MandateTerms(
                goal,
                Money.nok(2_000_000),
                RiskAppetite.HIGH,
                "Færre fall",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
    }

    private static void tickRequired(Project project, int step, PersonId by) {
        project.step(RoadmapStep.of(step)).openRequiredItems().stream()
                .filter(item -> !Roadmap.tickedByPlatform(item.guidanceKey()))
                .forEach(item -> project.checkItem(RoadmapStep.of(step), item.id(), by, TEXTS, NOW));
    }

    private void signMandate(Project project) {
        Mandate draft = project.draftMandate(terms("Mål"), buyer, NOW);
        project.markMandateReady(draft.versionNumber(), buyer, NOW);
        project.signMandate(draft.versionNumber(), leader, "Rune Rådmann", NOW);
    }

    private static void tickRequiredByHand(Project project, int step, PersonId by) {
        project.step(RoadmapStep.of(step)).openRequiredItems().stream()
                .filter(item -> !Roadmap.tickedByPlatform(item.guidanceKey()))
                .forEach(item -> project.checkItem(RoadmapStep.of(step), item.id(), by, TEXTS, NOW));
    }

    @Test
    void aDraftMandateCannotBeSignedUntilTheBuyerPutsItForward() {
        Project project = project();
        project.draftMandate(terms("Mål"), buyer, NOW);
        assertThat(project.mandateState()).isEqualTo(MandateState.DRAFT);
        assertThatThrownBy(() -> project.signMandate(1, leader, "Rune Rådmann", NOW))
                .isInstanceOf(MandateNotReadyForSignature.class);

        project.markMandateReady(1, buyer, NOW);
        assertThat(project.mandateState()).isEqualTo(MandateState.AWAITING_SIGNATURE);
        project.draftMandate(terms("Endret"), buyer, NOW);
        assertThat(project.mandateState()).isEqualTo(MandateState.DRAFT);
        assertThatThrownBy(() -> project.signMandate(1, leader, "Rune Rådmann", NOW))
                .isInstanceOf(MandateNotReadyForSignature.class);
    }

    @Test
    void signingTicksPresentingTheMandateToTheLeadershipAndNobodyTicksItByHand() {
        Project project = project();
        ChecklistItem presented = project.step(RoadmapStep.of(1)).items().stream()
                .filter(item -> Roadmap.MANDATE_PRESENTED.equals(item.guidanceKey()))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> project.checkItem(RoadmapStep.of(1), presented.id(), buyer, TEXTS, NOW))
                .isInstanceOf(ChecklistItemTickedByPlatform.class);
        assertThat(presented.done()).isFalse();

        signMandate(project);
        assertThat(presented.done()).isTrue();
        assertThatThrownBy(() -> project.uncheckItem(RoadmapStep.of(1), presented.id(), buyer, TEXTS, NOW))
                .isInstanceOf(ChecklistItemTickedByPlatform.class);
        tickRequiredByHand(project, 1, buyer);
        assertThat(project.completeStep(RoadmapStep.of(1), buyer, NOW)).isEqualTo(RoadmapStep.ANCHORING);
    }

    @Test
    void aNewProjectStartsInStepOneWithEveryStepSeededFromTheRoadmap() {
        Project project = project();
        assertThat(project.currentStep()).isEqualTo(RoadmapStep.ANCHORING);
        assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(project.steps()).extracting(ProjectStep::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(project.steps()).allSatisfy(step -> {
            assertThat(step.items()).hasSizeBetween(4, 7);
            assertThat(step.items()).anyMatch(ChecklistItem::required).anyMatch(item -> !item.required());
            assertThat(step.items()).allMatch(item -> item.guidanceKey().startsWith("projects.guidance."));
        });
        assertThat(project.team()).containsExactly(buyer);
        assertThat(project.stateOf(RoadmapStep.of(1))).isEqualTo(StepState.CURRENT);
        assertThat(project.stateOf(RoadmapStep.of(2))).isEqualTo(StepState.UPCOMING);
    }

    @Test
    void stepOneStaysClosedUntilTheMandateIsSignedEvenWithEveryItemDone() {
        Project project = project();
        tickRequired(project, 1, buyer);
        assertThat(project.gate(RoadmapStep.of(1)).openRequiredItems()).isEmpty();
        assertThatThrownBy(() -> project.completeStep(RoadmapStep.of(1), buyer, NOW))
                .isInstanceOfSatisfying(StepGateNotMet.class, ex -> {
                    assertThat(ex.mandateSigned()).isFalse();
                    assertThat(ex.messageKey()).isEqualTo("projects.error.gate.mandate");
                });
        project.draftMandate(terms("Mål"), buyer, NOW);
        assertThatThrownBy(() -> project.completeStep(RoadmapStep.of(1), buyer, NOW))
                .isInstanceOf(StepGateNotMet.class);

        project.markMandateReady(1, buyer, NOW);
        project.signMandate(1, leader, "Rune Rådmann", NOW);
        assertThat(project.completeStep(RoadmapStep.of(1), buyer, NOW)).isEqualTo(RoadmapStep.ANCHORING);
        assertThat(project.currentStep()).isEqualTo(RoadmapStep.NEEDS_ASSESSMENT);
        assertThat(project.stateOf(RoadmapStep.of(1))).isEqualTo(StepState.DONE);
    }

    @Test
    void aStepWithOpenRequiredItemsRefusesToCompleteAndNamesHowMany() {
        Project project = project();
        signMandate(project);
        int required = project.step(RoadmapStep.of(1)).openRequiredItems().size();
        assertThatThrownBy(() -> project.completeStep(RoadmapStep.of(1), buyer, NOW))
                .isInstanceOfSatisfying(StepGateNotMet.class, ex -> {
                    assertThat(ex.openRequiredItems()).isEqualTo(required);
                    assertThat(ex.mandateSigned()).isTrue();
                });
        assertThat(project.currentStep()).isEqualTo(RoadmapStep.ANCHORING);
    }

    @Test
    void onlyTheCurrentStepCanBeCompletedAndACompletedStepNoLongerChanges() {
        Project project = project();
        signMandate(project);
        tickRequired(project, 2, buyer);
        assertThatThrownBy(() -> project.completeStep(RoadmapStep.of(2), buyer, NOW))
                .isInstanceOf(StepNotCurrent.class);

        tickRequired(project, 1, buyer);
        project.completeStep(RoadmapStep.of(1), buyer, NOW);
        ChecklistItem item = project.step(RoadmapStep.of(1)).items().get(0);
        assertThatThrownBy(() -> project.uncheckItem(RoadmapStep.of(1), item.id(), buyer, TEXTS, NOW))
                .isInstanceOf(StepAlreadyCompleted.class);
        assertThatThrownBy(() -> project.addItem(RoadmapStep.of(1), "Etterpå", buyer, TEXTS, NOW))
                .isInstanceOf(StepAlreadyCompleted.class);
        assertThatThrownBy(() -> project.completeStep(RoadmapStep.of(1), buyer, NOW))
                .isInstanceOf(StepAlreadyCompleted.class);
    }

    @Test
    void aRevisedMandateWaitingForSignatureClosesTheNextGate() {
        Project project = project();
        signMandate(project);
        tickRequired(project, 1, buyer);
        project.completeStep(RoadmapStep.of(1), buyer, NOW);

        Mandate second = project.draftMandate(terms("Nytt mål"), buyer, NOW);
        assertThat(second.versionNumber()).isEqualTo(2);
        tickRequired(project, 2, buyer);
        assertThatThrownBy(() -> project.completeStep(RoadmapStep.of(2), buyer, NOW))
                .isInstanceOfSatisfying(
                        StepGateNotMet.class,
                        ex -> assertThat(ex.mandateSigned()).isFalse());

        project.markMandateReady(2, buyer, NOW);
        project.signMandate(2, leader, "Rune Rådmann", NOW);
        project.completeStep(RoadmapStep.of(2), buyer, NOW);
        assertThat(project.currentStep()).isEqualTo(RoadmapStep.MARKET_DIALOGUE);
    }

    @Test
    void aSignedMandateIsNeverChangedAndEarlierVersionsKeepTheirSignature() {
        Project project = project();
        Mandate first = project.draftMandate(terms("Første"), buyer, NOW);
        Mandate revised = project.draftMandate(terms("Første, bedre"), buyer, NOW);
        assertThat(revised).isSameAs(first);
        assertThat(first.versionNumber()).isEqualTo(1);

        project.markMandateReady(1, buyer, NOW);
        project.signMandate(1, leader, "Rune Rådmann", NOW);
        String hash = first.contentHash();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThatThrownBy(() -> first.revise(terms("Endret"), buyer, NOW)).isInstanceOf(MandateAlreadySigned.class);
        assertThatThrownBy(() -> project.signMandate(1, leader, "Rune Rådmann", NOW))
                .isInstanceOf(NoMandateAwaitingSignature.class);

        Mandate second = project.draftMandate(terms("Andre"), buyer, NOW);
        assertThat(second.versionNumber()).isEqualTo(2);
        assertThat(project.mandates()).hasSize(2);
        assertThat(first.terms().goal()).isEqualTo("Første, bedre");
        assertThat(first.contentHash()).isEqualTo(hash);
        assertThat(first.intact(project.id())).isTrue();
        assertThat(project.mandateState()).isEqualTo(MandateState.DRAFT);
    }

    @Test
    void theLeaderSignsOnlyTheVersionTheyRead() {
        Project project = project();
        signMandate(project);
        project.draftMandate(terms("Andre"), buyer, NOW);
        assertThatThrownBy(() -> project.signMandate(1, leader, "Rune Rådmann", NOW))
                .isInstanceOfSatisfying(
                        MandateChangedSinceRead.class,
                        ex -> assertThat(ex.arguments()).containsExactly(2));
    }

    @Test
    void theMandateHashCoversEveryTermTheSignerAndTheTime() {
        ProjectId id = ProjectId.random();
        PersonId signer = PersonId.random();
        String hash = MandateHash.of(id, 1, terms("Mål"), signer, "Rune", NOW);
        assertThat(MandateHash.of(id, 1, terms("Mål"), signer, "Rune", NOW)).isEqualTo(hash);
        assertThat(MandateHash.of(id, 1, terms("Mål."), signer, "Rune", NOW)).isNotEqualTo(hash);
        assertThat(MandateHash.of(id, 2, terms("Mål"), signer, "Rune", NOW)).isNotEqualTo(hash);
        assertThat(MandateHash.of(id, 1, terms("Mål"), PersonId.random(), "Rune", NOW))
                .isNotEqualTo(hash);
        assertThat(MandateHash.of(id, 1, terms("Mål"), signer, "Rune", NOW.plusSeconds(1)))
                .isNotEqualTo(hash);
        assertThat(MandateHash.of(id, 1, terms("Mål\nlinje"), signer, "Rune", NOW))
                .isNotEqualTo(MandateHash.of(id, 1, terms("Mål\\nlinje"), signer, "Rune", NOW));
    }

    @Test
    void pausedAndStoppedProjectsRefuseChangesAndStoppingIsFinal() {
        Project project = project();
        ChecklistItem item = project.step(RoadmapStep.of(1)).items().get(0);
        project.pause(buyer, NOW);
        assertThatThrownBy(() -> project.checkItem(RoadmapStep.of(1), item.id(), buyer, TEXTS, NOW))
                .isInstanceOfSatisfying(
                        ProjectNotActive.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("projects.error.notActive.PAUSED"));
        assertThatThrownBy(() -> project.pause(buyer, NOW)).isInstanceOf(IllegalProjectTransition.class);
        project.resume(buyer, NOW);
        assertThatThrownBy(() -> project.resume(buyer, NOW)).isInstanceOf(IllegalProjectTransition.class);

        project.stop("Behovet forsvant", buyer, NOW);
        assertThat(project.status()).isEqualTo(ProjectStatus.STOPPED);
        assertThat(project.stopReason()).isEqualTo("Behovet forsvant");
        assertThatThrownBy(() -> project.resume(buyer, NOW)).isInstanceOf(IllegalProjectTransition.class);
        assertThatThrownBy(() -> project.stop("Igjen", buyer, NOW)).isInstanceOf(IllegalProjectTransition.class);
        assertThatThrownBy(() -> project.draftMandate(terms("Mål"), buyer, NOW)).isInstanceOf(ProjectNotActive.class);
        assertThatThrownBy(() -> project.checkItem(RoadmapStep.of(1), item.id(), buyer, TEXTS, NOW))
                .isInstanceOf(ProjectNotActive.class);
        assertThat(project.stateOf(RoadmapStep.of(1))).isEqualTo(StepState.UPCOMING);
    }

    @Test
    void completingTheLastStepCompletesTheProject() {
        Project project = project();
        signMandate(project);
        for (int step = 1; step <= 8; step++) {
            tickRequired(project, step, buyer);
            project.completeStep(RoadmapStep.of(step), buyer, NOW);
        }
        assertThat(project.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(project.currentStep()).isEqualTo(RoadmapStep.SPREAD_AND_SCALE_UP);
        assertThat(project.steps()).allMatch(ProjectStep::completed);
        assertThatThrownBy(() -> project.pause(buyer, NOW)).isInstanceOf(IllegalProjectTransition.class);
    }

    @Test
    void ownItemsCanBeRemovedButGuidanceStays() {
        Project project = project();
        ChecklistItem own = project.addItem(RoadmapStep.of(2), "Avklar med personvernombudet", buyer, TEXTS, NOW);
        assertThat(own.own()).isTrue();
        assertThat(own.required()).isFalse();
        ChecklistItem guidance = project.step(RoadmapStep.of(2)).items().get(0);
        assertThatThrownBy(() -> project.removeItem(RoadmapStep.of(2), guidance.id(), buyer, TEXTS, NOW))
                .isInstanceOf(ChecklistItemNotRemovable.class);
        project.removeItem(RoadmapStep.of(2), own.id(), buyer, TEXTS, NOW);
        assertThat(project.step(RoadmapStep.of(2)).items()).doesNotContain(own);
        assertThatThrownBy(() -> project.removeItem(RoadmapStep.of(2), own.id(), buyer, TEXTS, NOW))
                .isInstanceOf(ChecklistItemNotFound.class);
    }

    @Test
    void notesSavedFromAnOlderVersionAreRefusedWithWhatIsSavedNow() {
        Project project = project();
        project.updateStepNotes(RoadmapStep.of(3), "Først", LocalDate.of(2027, 3, 1), 0, buyer, NOW);
        assertThatThrownBy(() -> project.updateStepNotes(
                        RoadmapStep.of(3),
                        "Samtidig",
                        null,
                        project.step(RoadmapStep.of(3)).version() + 1,
                        buyer,
                        NOW))
                .isInstanceOfSatisfying(StepChangedConcurrently.class, ex -> {
                    assertThat(ex.currentNotes()).isEqualTo("Først");
                    assertThat(ex.currentDueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
                });
        assertThat(project.step(RoadmapStep.of(3)).notes()).isEqualTo("Først");
    }

    @Test
    void changingTheFactsNeedsTheVersionThePersonSaw() {
        Project project = project();
        ProjectFacts facts = new ProjectFacts(
                "Ny tittel",
                "Nytt behov",
                Money.nok(5),
                List.of(CpvCode.of("48000000")),
                NutsCode.of("NO060"),
                ProcedureType.DESIGN_CONTEST,
                Set.of(buyer));
        assertThatThrownBy(() -> project.changeFacts(facts, 7, buyer, NOW))
                .isInstanceOf(ProjectChangedConcurrently.class);
        project.changeFacts(facts, 0, buyer, NOW);
        assertThat(project.title()).isEqualTo("Ny tittel");
        assertThat(project.cpvCodes()).containsExactly(CpvCode.of("48000000"));
        assertThat(project.nutsCode()).isEqualTo(NutsCode.of("NO060"));
    }

    @Test
    void aNewProjectRecordsItsCreationWithItsFactsCopied() {
        Project project = project();
        assertThat(project.pendingEvents()).singleElement().isInstanceOfSatisfying(ProjectCreated.class, event -> {
            assertThat(event.project()).isEqualTo(project.id());
            assertThat(event.organisation()).isEqualTo(project.organisation());
            assertThat(event.actor()).isEqualTo(buyer);
            assertThat(event.title()).isEqualTo("Trygg hjemme");
            assertThat(event.estimatedValueNok()).isEqualTo(1_000_000);
            assertThat(event.cpvCodes()).containsExactly("72000000");
        });
    }

    @Test
    void completingAStepRecordsTheStepAndWhereTheProjectGoesAndARefusalRecordsNothing() {
        Project project = project();
        signMandate(project);
        int before = project.pendingEvents().size();
        assertThatThrownBy(() -> project.completeStep(RoadmapStep.ANCHORING, buyer, NOW))
                .isInstanceOf(StepGateNotMet.class);
        assertThat(project.pendingEvents()).hasSize(before);

        tickRequired(project, 1, buyer);
        project.completeStep(RoadmapStep.ANCHORING, buyer, NOW);
        assertThat(project.pendingEvents().get(project.pendingEvents().size() - 1))
                .isEqualTo(new StepCompleted(
                        buyer,
                        project.organisation(),
                        project.id(),
                        RoadmapStep.ANCHORING,
                        RoadmapStep.NEEDS_ASSESSMENT));
    }

    @Test
    void tickingAnItemRecordsItsTextButAskingForTheStateItHasRecordsNothing() {
        Project project = project();
        ChecklistItem item = project.step(RoadmapStep.ANCHORING).items().stream()
                .filter(candidate -> !Roadmap.tickedByPlatform(candidate.guidanceKey()))
                .findFirst()
                .orElseThrow();
        project.markItem(RoadmapStep.ANCHORING, item.id(), false, buyer, TEXTS, NOW);
        assertThat(project.pendingEvents()).hasSize(1);

        project.markItem(RoadmapStep.ANCHORING, item.id(), true, buyer, TEXTS, NOW);
        assertThat(project.pendingEvents().get(1)).isInstanceOfSatisfying(ChecklistItemChecked.class, event -> {
            assertThat(event.step()).isEqualTo(RoadmapStep.ANCHORING);
            assertThat(event.item()).isEqualTo(item.id());
            assertThat(event.itemText()).isEqualTo(item.label());
        });
    }

    @Test
    void stoppingRecordsTheReasonAsStoredAndTheStepItStoppedIn() {
        Project project = project();
        project.stop("  Behovet forsvant  ", buyer, NOW);
        assertThat(project.pendingEvents().get(1))
                .isEqualTo(new ProjectStopped(
                        buyer, project.organisation(), project.id(), RoadmapStep.ANCHORING, "Behovet forsvant"));
    }

    @Test
    void amountsInKronerAreWholeAndNeverNegative() {
        assertThat(Money.parseNok("1 500 000")).contains(Money.nok(1_500_000));
        assertThat(Money.parseNok("1\u00a0500\u00a0000 kr")).contains(Money.nok(1_500_000));
        assertThat(Money.parseNok("2.000.000")).contains(Money.nok(2_000_000));
        assertThat(Money.parseNok("0")).contains(Money.ZERO_NOK);
        assertThat(Money.inspectNok("-5")).isEqualTo(Money.Parsed.NEGATIVE);
        assertThat(Money.inspectNok("12,50")).isEqualTo(Money.Parsed.NOT_A_WHOLE_NUMBER);
        assertThat(Money.inspectNok("mange")).isEqualTo(Money.Parsed.NOT_A_WHOLE_NUMBER);
        assertThat(Money.inspectNok(" ")).isEqualTo(Money.Parsed.EMPTY);
        assertThat(Money.inspectNok("99999999999999999999")).isEqualTo(Money.Parsed.TOO_LARGE);
        assertThatThrownBy(() -> Money.nok(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
