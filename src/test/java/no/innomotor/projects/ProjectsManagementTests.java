package no.innomotor.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.innomotor.audit.AuditEntry;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.files.UploadInspectorTests;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@InnomotorTest
class ProjectsManagementTests {

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectDocuments documents;

    @Autowired
    ProjectQueries queries;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    ProjectFixtures fixtures;

    ProjectFixtures.Org baerum;
    ProjectFixtures.Org other;

    @BeforeEach
    void setUp() {
        baerum = fixtures.municipality("Testbærum kommune");
        other = fixtures.municipality("Andreby kommune");
    }

    @Test
    void aBuyerCreatesAProjectThatStartsInStepOneWithSeededChecklists() {
        ProjectId id = fixtures.project(baerum, "Sensorer for trygghet hjemme");

        ProjectDetails details = queries.get(id, baerum.buyer().user());
        assertThat(details.title()).isEqualTo("Sensorer for trygghet hjemme");
        assertThat(details.currentStep()).isEqualTo(RoadmapStep.ANCHORING);
        assertThat(details.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(details.steps()).hasSize(8);
        assertThat(details.step(RoadmapStep.of(1)).state()).isEqualTo(StepState.CURRENT);
        assertThat(details.step(RoadmapStep.of(2)).state()).isEqualTo(StepState.UPCOMING);
        assertThat(details.team())
                .extracting(TeamMember::id)
                .containsExactly(baerum.buyer().id());
        assertThat(details.mandateState()).isEqualTo(MandateState.NONE);
        assertThat(details.can()).isEqualTo(new ProjectPermissions(true, false, true));
        for (StepOverview step : details.steps()) {
            assertThat(step.itemsTotal()).as("step %s", step.number()).isBetween(4, 7);
            assertThat(step.requiredOpen()).as("step %s", step.number()).isPositive();
        }
    }

    @Test
    void cpvCodesAreStoredWithoutCheckDigitAndUnknownCodesAreRefusedNamingTheField() {
        CreateProject command = new CreateProject(
                "Prosjekt",
                "Behov",
                baerum.id(),
                Money.nok(10),
                ProjectCodes.cpv(List.of("72000000-5", "48000000")),
                NutsCode.of("NO081"),
                ProcedureType.COMPETITIVE_DIALOGUE,
                Set.of());
        ProjectId id = projects.create(command, baerum.buyer().user());
        assertThat(queries.get(id, baerum.buyer().user()).cpvCodes())
                .containsExactly(CpvCode.of("72000000"), CpvCode.of("48000000"));

        CreateProject unknown = new CreateProject(
                "Prosjekt",
                "Behov",
                baerum.id(),
                Money.nok(10),
                ProjectCodes.cpv(List.of("72000000", "99999999")),
                NutsCode.of("NO081"),
                ProcedureType.COMPETITIVE_DIALOGUE,
                Set.of());
        assertThatThrownBy(() -> projects.create(unknown, baerum.buyer().user()))
                .isInstanceOfSatisfying(ProjectInputRejected.class, ex -> {
                    assertThat(ex.field()).isEqualTo("cpvCodes");
                    assertThat(ex.arguments()).containsExactly("99999999");
                });
    }

    @Test
    void aBuyerCannotCreateForAnOrganisationWhereTheyAreNotBuyer() {
        assertThatThrownBy(() -> projects.create(
                        ProjectFixtures.command(other, "Fremmed"),
                        baerum.buyer().user()))
                .isInstanceOfSatisfying(
                        ProjectInputRejected.class, ex -> assertThat(ex.field()).isEqualTo("organisationId"));
        assertThatThrownBy(() -> projects.create(
                        ProjectFixtures.command(baerum, "Leder"),
                        baerum.leader().user()))
                .isInstanceOf(ProjectInputRejected.class);
    }

    @Test
    void teamMembersMustBelongToTheOwningOrganisation() {
        CreateProject withOutsider = new CreateProject(
                "Prosjekt",
                "Behov",
                baerum.id(),
                Money.nok(10),
                ProjectCodes.cpv(List.of("72000000")),
                NutsCode.of("NO081"),
                ProcedureType.DESIGN_CONTEST,
                Set.of(other.buyer().id()));
        assertThatThrownBy(() -> projects.create(withOutsider, baerum.buyer().user()))
                .isInstanceOfSatisfying(
                        ProjectInputRejected.class, ex -> assertThat(ex.field()).isEqualTo("teamMembers"));

        CreateProject withLeader = new CreateProject(
                "Prosjekt",
                "Behov",
                baerum.id(),
                Money.nok(10),
                ProjectCodes.cpv(List.of("72000000")),
                NutsCode.of("NO081"),
                ProcedureType.DESIGN_CONTEST,
                Set.of(baerum.leader().id()));
        ProjectId id = projects.create(withLeader, baerum.buyer().user());
        // The creator chose the leader and not themselves: the team is as chosen (only an empty choice makes the
        // creator the team).
        assertThat(queries.get(id, baerum.buyer().user()).team())
                .extracting(TeamMember::id)
                .containsExactly(baerum.leader().id());
    }

    @Test
    void anEditedTeamCannotBeEmpty() {
        ProjectId id = fixtures.project(baerum, "Team som skal tømmes");
        ProjectDetails details = queries.get(id, baerum.buyer().user());
        ProjectFacts facts = new ProjectFacts(
                details.title(),
                details.need(),
                details.estimatedValue(),
                details.cpvCodes(),
                details.nutsCode(),
                details.procedure(),
                Set.of());
        assertThatThrownBy(() -> projects.updateFacts(
                        id, facts, details.version(), baerum.buyer().user()))
                .isInstanceOfSatisfying(
                        ProjectInputRejected.class, ex -> assertThat(ex.field()).isEqualTo("teamMembers"));
    }

    @Test
    void aProjectOfAnotherOrganisationIsNotFoundButAdvisersReadEverything() {
        ProjectId id = fixtures.project(baerum, "Skjult prosjekt");
        assertThatThrownBy(() -> queries.get(id, other.buyer().user())).isInstanceOf(ProjectNotFound.class);
        assertThatThrownBy(() -> queries.get(id, other.leader().user())).isInstanceOf(ProjectNotFound.class);

        var adviser = fixtures.person(fixtures.company("Rådgiverselskap AS"), "Rita Rådgiver", Role.ADVISER);
        ProjectDetails seen = queries.get(id, adviser.user());
        assertThat(seen.can()).isEqualTo(ProjectPermissions.READ_ONLY);
        StepDetails step = queries.step(id, RoadmapStep.of(1), adviser.user());
        assertThatThrownBy(() -> projects.setItemDone(
                        id, RoadmapStep.of(1), step.items().get(0).id(), true, adviser.user()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTopLeaderSignsTheMandateAndTheBuyerMayNot() {
        ProjectId id = fixtures.project(baerum, "Mandatprosjekt");
        int version = projects.draftMandate(
                id, ProjectFixtures.terms("Mål"), baerum.buyer().user());
        assertThat(version).isEqualTo(1);
        assertThatThrownBy(
                        () -> projects.markMandateReady(id, 1, baerum.leader().user()))
                .isInstanceOf(AccessDeniedException.class);
        projects.markMandateReady(id, 1, baerum.buyer().user());

        assertThatThrownBy(() ->
                        projects.signMandate(id, 1, baerum.id(), baerum.buyer().user()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        projects.signMandate(id, 1, other.id(), other.leader().user()))
                .isInstanceOf(ProjectNotFound.class);
        assertThatThrownBy(
                        () -> projects.signMandate(id, 1, null, baerum.leader().user()))
                .isInstanceOf(SigningNotConfirmed.class);

        projects.signMandate(id, 1, baerum.id(), baerum.leader().user());
        MandateView signed = queries.get(id, baerum.buyer().user()).newestMandate();
        assertThat(signed.signed()).isTrue();
        assertThat(signed.signedBy()).isEqualTo(baerum.leader().id());
        assertThat(signed.signerName()).isEqualTo("Lars Leder");
        assertThat(signed.contentHash()).matches("[0-9a-f]{64}");
        assertThat(signed.intact()).isTrue();
    }

    @Test
    void changingASignedMandateMakesANewDraftAndKeepsTheSignedVersion() {
        ProjectId id = fixtures.project(baerum, "Versjonsprosjekt");
        fixtures.signedMandate(baerum, id);
        String firstHash =
                queries.get(id, baerum.buyer().user()).newestMandate().contentHash();

        int second = projects.draftMandate(
                id, ProjectFixtures.terms("Nytt mål"), baerum.buyer().user());
        assertThat(second).isEqualTo(2);
        ProjectDetails details = queries.get(id, baerum.buyer().user());
        assertThat(details.mandates()).hasSize(2);
        assertThat(details.mandates().get(0).signed()).isTrue();
        assertThat(details.mandates().get(0).terms().goal()).isEqualTo("Trygghet hjemme");
        assertThat(details.mandates().get(0).contentHash()).isEqualTo(firstHash);
        assertThat(details.mandates().get(1).signed()).isFalse();
        assertThat(details.mandateState()).isEqualTo(MandateState.DRAFT);
        assertThat(details.signedMandate().versionNumber()).isEqualTo(1);

        projects.markMandateReady(id, 2, baerum.buyer().user());
        assertThatThrownBy(() ->
                        projects.signMandate(id, 1, baerum.id(), baerum.leader().user()))
                .isInstanceOf(MandateChangedSinceRead.class);
        projects.signMandate(id, 2, baerum.id(), baerum.leader().user());
        assertThat(queries.get(id, baerum.buyer().user()).mandateState()).isEqualTo(MandateState.SIGNED);
    }

    @Test
    void stepOneCompletesOnlyWithItsRequiredItemsDoneAndTheMandateSigned() {
        ProjectId id = fixtures.project(baerum, "Portprosjekt");
        assertThatThrownBy(() -> projects.completeStep(
                        id, RoadmapStep.of(1), baerum.buyer().user()))
                .isInstanceOfSatisfying(StepGateNotMet.class, ex -> {
                    assertThat(ex.mandateSigned()).isFalse();
                    assertThat(ex.openRequiredItems()).isEqualTo(3);
                });
        fixtures.tickRequired(baerum, id, RoadmapStep.of(1));
        // Presenting the mandate to the leadership is left; the signature ticks it, so only the signature is missing.
        assertThatThrownBy(() -> projects.completeStep(
                        id, RoadmapStep.of(1), baerum.buyer().user()))
                .isInstanceOfSatisfying(
                        StepGateNotMet.class,
                        ex -> assertThat(ex.openRequiredItems()).isZero());

        fixtures.signedMandate(baerum, id);
        assertThat(projects.completeStep(id, RoadmapStep.of(1), baerum.buyer().user()))
                .isEqualTo(RoadmapStep.ANCHORING);
        ProjectDetails details = queries.get(id, baerum.buyer().user());
        assertThat(details.currentStep()).isEqualTo(RoadmapStep.NEEDS_ASSESSMENT);
        assertThat(details.step(RoadmapStep.of(1)).state()).isEqualTo(StepState.DONE);
    }

    @Test
    void everyProjectEventLandsOnTheProjectsTimelineNamingWhatChanged() {
        ProjectId id = fixtures.project(baerum, "Tidslinjeprosjekt");
        StepDetails step = queries.step(id, RoadmapStep.of(1), baerum.buyer().user());
        projects.setItemDone(
                id,
                RoadmapStep.of(1),
                step.items().get(0).id(),
                true,
                baerum.buyer().user());
        projects.setItemDone(
                id,
                RoadmapStep.of(1),
                step.items().get(0).id(),
                true,
                baerum.buyer().user());
        projects.updateStepNotes(
                id,
                RoadmapStep.of(1),
                "Notat",
                null,
                step.version(),
                baerum.buyer().user());
        projects.pause(id, baerum.leader().user());

        List<AuditEntry> timeline = queries.timeline(id, baerum.buyer().user());
        assertThat(timeline)
                .extracting(AuditEntry::action)
                .containsExactly("project.created", "checklist.item-checked", "step.notes-saved", "project.paused");
        assertThat(timeline).allSatisfy(entry -> {
            assertThat(entry.objectType()).isEqualTo("project");
            assertThat(entry.objectId()).isEqualTo(id.toString());
            assertThat(entry.organisation()).isEqualTo(baerum.id());
        });
        assertThat(timeline.get(1).summary()).contains("Step 1 (Anchoring)").contains("Describe the problem");
        assertThat(timeline.get(3).actorName()).isEqualTo("Lars Leder");
    }

    @Test
    void aSearchForAnskaffelseFindsAProjectTitledWithAnskaffelserInNorwegian() {
        ProjectId hit = fixtures.project(baerum, "Innovative anskaffelser av velferdsteknologi");
        ProjectId miss = fixtures.project(baerum, "Sykkelparkering ved stasjonene");

        ProjectPage found = queries.search(
                new ProjectFilter(null, null, null, null, "anskaffelse"),
                0,
                20,
                baerum.buyer().user());
        assertThat(found.items()).extracting(ProjectSummary::id).contains(hit).doesNotContain(miss);
        assertThat(queries.search(
                                new ProjectFilter(null, null, null, null, "anskaffelsene"),
                                0,
                                20,
                                baerum.buyer().user())
                        .items())
                .extracting(ProjectSummary::id)
                .contains(hit);
        assertThat(queries.search(
                                new ProjectFilter(null, null, null, null, "anskaffelse"),
                                0,
                                20,
                                other.buyer().user())
                        .items())
                .extracting(ProjectSummary::id)
                .doesNotContain(hit);
    }

    @Test
    void theNeedIsSearchedTooAndFiltersCombine() {
        ProjectId id = fixtures.project(baerum, "Trygg natt");
        ProjectFilter byNeed = new ProjectFilter(
                baerum.id(), 1, ProcedureType.INNOVATION_PARTNERSHIP, ProjectStatus.ACTIVE, "eldre trygghet");
        assertThat(queries.search(byNeed, 0, 20, baerum.buyer().user()).items())
                .extracting(ProjectSummary::id)
                .containsExactly(id);
        ProjectFilter wrongStep = new ProjectFilter(baerum.id(), 2, null, null, null);
        assertThat(queries.search(wrongStep, 0, 20, baerum.buyer().user()).items())
                .isEmpty();
        projects.pause(id, baerum.buyer().user());
        assertThat(queries.search(
                                new ProjectFilter(null, null, null, ProjectStatus.PAUSED, null),
                                0,
                                20,
                                baerum.buyer().user())
                        .items())
                .extracting(ProjectSummary::id)
                .containsExactly(id);
    }

    @Test
    void theLeaderOverviewListsMandatesWaitingForTheirSignature() {
        ProjectId waiting = fixtures.project(baerum, "Venter på leder");
        ProjectId none = fixtures.project(baerum, "Uten mandat");
        projects.draftMandate(
                waiting, ProjectFixtures.terms("Mål"), baerum.buyer().user());
        assertThat(queries.leaderOverview(baerum.leader().user()).awaiting()).isEmpty();
        projects.markMandateReady(waiting, 1, baerum.buyer().user());

        LeaderOverview overview = queries.leaderOverview(baerum.leader().user());
        assertThat(overview.awaiting())
                .extracting(LeaderOverview.AwaitingSignature::project)
                .containsExactly(waiting);
        assertThat(overview.awaiting().get(0).draftedByName()).isEqualTo("Berit Innkjøper");
        assertThat(overview.projects()).extracting(ProjectSummary::id).containsExactlyInAnyOrder(waiting, none);
        assertThat(queries.leaderOverview(other.leader().user()).awaiting()).isEmpty();
    }

    @Test
    void aRefusedUploadStoresNothingAndRecordsNothing() {
        ProjectId id = fixtures.project(baerum, "Dokumentprosjekt");
        assertThatThrownBy(() -> documents.upload(
                        id,
                        RoadmapStep.of(1),
                        "program.pdf",
                        UploadInspectorTests.exe(),
                        baerum.buyer().user()))
                .isInstanceOf(DocumentRejected.class);
        assertThat(queries.step(id, RoadmapStep.of(1), baerum.buyer().user()).documents())
                .isEmpty();
        assertThat(queries.timeline(id, baerum.buyer().user()))
                .extracting(AuditEntry::action)
                .doesNotContain("document.uploaded");

        DocumentId stored = documents.upload(
                id,
                RoadmapStep.of(1),
                "mandat.pdf",
                UploadInspectorTests.pdf(),
                baerum.buyer().user());
        DocumentFile file = documents.document(id, stored, baerum.buyer().user());
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).isEqualTo(UploadInspectorTests.pdf());
        assertThat(queries.timeline(id, baerum.buyer().user()))
                .last()
                .satisfies(entry ->
                        assertThat(entry.summary()).contains("mandat.pdf").contains("Step 1"));
        assertThatThrownBy(() -> documents.document(id, stored, other.buyer().user()))
                .isInstanceOf(ProjectNotFound.class);
    }
}
