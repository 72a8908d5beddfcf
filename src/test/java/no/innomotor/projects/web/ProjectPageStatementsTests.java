package no.innomotor.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.innomotor.projects.CreateProject;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project list, a project page and a step page run the same number of SQL statements whatever they show: a
 * full page of projects costs what a short one does (no query per project for its mandates or its organisation),
 * and a large team, signed mandates and ticked items cost what a project with none does (no query per step or per
 * person), and the work the front page lists for a buyer who also leads is read without every project.
 */
@InnomotorTest
class ProjectPageStatementsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    List<PendingWork> pendingWork;

    ProjectFixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.municipality("Telleby kommune");
    }

    private int statements(String path, ProjectFixtures.Person person) throws Exception {
        // Once before counting, so what is read once per application (reference data) is not counted.
        mvc.perform(get(path).with(user(person.details()))).andExpect(status().isOk());
        return SqlStatements.during(
                () -> mvc.perform(get(path).with(user(person.details()))).andExpect(status().isOk()));
    }

    @Test
    void projectListRunsTheSameStatementsForAFullPageAsForTwoProjects() throws Exception {
        fixtures.project(org, "Første prosjekt");
        ProjectId signed = fixtures.project(org, "Andre prosjekt");
        fixtures.signedMandate(org, signed);
        int two = statements("/projects", org.buyer());

        for (int i = 3; i <= ProjectPages.PAGE_SIZE + 5; i++) {
            ProjectId id = fixtures.project(org, "Prosjekt nummer " + i);
            if (i % 3 == 0) {
                fixtures.signedMandate(org, id);
            }
        }
        int full = statements("/projects", org.buyer());

        assertThat(full).isEqualTo(two);
        assertThat(full).isLessThan(ProjectPages.PAGE_SIZE);
    }

    /**
     * What the front page asks every module for (counted directly: the rest of the page, the inbox above all, changes
     * with the messages that mandate events send, which listeners deliver in their own time).
     */
    private int pendingWorkStatements(ProjectFixtures.Person person) throws Exception {
        pendingWork.forEach(work -> work.waitingFor(person.user()));
        return SqlStatements.during(() -> pendingWork.forEach(work -> work.waitingFor(person.user())));
    }

    @Test
    void workWaitingForABuyerAndLeaderRunsTheSameStatementsForManyProjectsAsForTwo() throws Exception {
        ProjectFixtures.Person both = fixtures.person(org.id(), "Bente Begge", Role.BUYER, Role.TOP_LEADER);
        fixtures.project(org, "Første prosjekt");
        ProjectId awaiting = fixtures.project(org, "Andre prosjekt");
        projects.draftMandate(
                awaiting, ProjectFixtures.terms("Venter"), org.buyer().user());
        projects.markMandateReady(awaiting, 1, org.buyer().user());
        int two = pendingWorkStatements(both);

        for (int i = 3; i <= 30; i++) {
            ProjectId id = fixtures.project(org, "Prosjekt nummer " + i);
            if (i % 3 == 0) {
                fixtures.signedMandate(org, id);
            }
        }
        int many = pendingWorkStatements(both);

        assertThat(many).isEqualTo(two);
        assertThat(pendingWork.stream().flatMap(work -> work.waitingFor(both.user()).stream()))
                .extracting(WorkItem::title)
                .containsExactly("Andre prosjekt");
    }

    @Test
    void projectAndStepPagesRunTheSameStatementsForABusyProjectAsForANewOne() throws Exception {
        ProjectId quiet = fixtures.project(org, "Stille prosjekt");
        Set<PersonId> team = Stream.of("Anne", "Bjørn", "Cecilie", "Dag", "Eva")
                .map(name ->
                        fixtures.person(org.id(), name + " Teamsen", Role.BUYER).id())
                .collect(Collectors.toSet());
        CreateProject withTeam = ProjectFixtures.command(org, "Travelt prosjekt");
        ProjectId busy = projects.create(
                new CreateProject(
                        withTeam.title(),
                        withTeam.need(),
                        withTeam.organisation(),
                        withTeam.estimatedValue(),
                        withTeam.cpvCodes(),
                        withTeam.nutsCode(),
                        withTeam.procedure(),
                        team),
                org.buyer().user());
        fixtures.tickRequired(org, busy, RoadmapStep.of(1));
        fixtures.signedMandate(org, busy);
        projects.draftMandate(
                busy, ProjectFixtures.terms("Ny versjon"), org.buyer().user());

        assertThat(statements("/projects/" + busy, org.buyer()))
                .isEqualTo(statements("/projects/" + quiet, org.buyer()));
        assertThat(statements("/projects/" + busy + "/steps/1", org.buyer()))
                .isEqualTo(statements("/projects/" + quiet + "/steps/1", org.buyer()));
    }
}
