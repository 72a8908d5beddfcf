package no.innomotor.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.projects.ProjectEvents.StepCompleted;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public showcase shows only what a team opted in to, to anyone, and nothing about the people; the front page tells
 * the team and the benefit owner when a measurement is due, and asks the team to update the plan after a step.
 */
@InnomotorTest
class ShowcaseAndWorkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    BenefitsManagement benefits;

    @Autowired
    BenefitQueries queries;

    @Autowired
    List<PendingWork> work;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    ProjectFixtures.Org org;
    ProjectId project;
    BenefitId spending;

    @BeforeEach
    void world() {
        org = projects.municipality("Vindusvik kommune");
        project = projects.project(org, "Droner for vindusvik");
        spending = benefits.add(
                project,
                BenefitFixtures.efficiency("Færre inspeksjonsturer", org.buyer().id()),
                org.buyer().user());
        benefits.record(
                project,
                spending,
                new BigDecimal("700000"),
                LocalDate.of(2026, 7, 2),
                "Privat merknad",
                org.buyer().user());
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void anyoneSeesAShowcasedProjectAndNothingAboutItsPeople() throws Exception {
        mvc.perform(get("/showcase/" + project)).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/showcase")).andExpect(status().isOk())))
                .doesNotContain("Droner for vindusvik");

        benefits.showcase(
                project,
                true,
                "Dronene gjorde inspeksjonene tryggere.",
                org.buyer().user());

        String list = body(mvc.perform(get("/showcase")).andExpect(status().isOk()));
        assertThat(list)
                .contains("Droner for vindusvik", "Dronene gjorde inspeksjonene tryggere.", "/showcase/" + project);
        String page = body(mvc.perform(get("/showcase/" + project)).andExpect(status().isOk()));
        assertThat(page)
                .contains("Færre inspeksjonsturer", "700\u00a0000\u00a0kr", "300\u00a0000\u00a0kr")
                .doesNotContain(org.buyer().email(), "Privat merknad", "Lav bruk i starten", "Fixture");
        String json = body(mvc.perform(get("/api/v1/showcase")).andExpect(status().isOk()));
        assertThat(json)
                .contains("\"project\":\"" + project + "\"", "\"realisedNok\":300000", "\"status\":\"ON_TRACK\"")
                .doesNotContain(org.buyer().email(), "Privat merknad", "owner");

        benefits.showcase(project, false, "", org.buyer().user());
        mvc.perform(get("/showcase/" + project)).andExpect(status().isNotFound());
    }

    private List<String> itemsFor(ProjectFixtures.Person person) {
        return work.stream()
                .flatMap(w -> w.waitingFor(person.user()).stream())
                .filter(item -> item.link().startsWith("/projects/" + project + "/benefits"))
                .map(item -> item.kindKey() + " " + item.link())
                .toList();
    }

    @Test
    void aDueMeasurementWaitsForTheTeamAndTheOwnerAndAnotherOrganisationSeesNothing() {
        // Measured 2 July 2026, quarterly: due 2 October 2026, before today.
        assertThat(itemsFor(org.buyer()))
                .contains("benefits.work.due /projects/" + project + "/benefits/" + spending + "#measure");
        ProjectFixtures.Org other = projects.municipality("Utenforvik kommune");
        assertThat(work.stream().flatMap(w -> w.waitingFor(other.buyer().user()).stream()))
                .noneMatch(item -> item.link().contains(project.toString()));
    }

    @Test
    void aCompletedStepAsksTheTeamToUpdateThePlanUntilItIsConfirmed() {
        transaction.executeWithoutResult(status -> events.publishEvent(
                new StepCompleted(org.buyer().id(), org.id(), project, RoadmapStep.of(1), RoadmapStep.of(2))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.plan(project, org.buyer().user()).updateRequested());
        assertThat(itemsFor(org.buyer())).contains("benefits.work.update /projects/" + project + "/benefits");

        benefits.confirm(project, org.buyer().user());
        assertThat(queries.plan(project, org.buyer().user()).updateRequested()).isFalse();
        assertThat(itemsFor(org.buyer())).noneMatch(item -> item.startsWith("benefits.work.update"));
    }
}
