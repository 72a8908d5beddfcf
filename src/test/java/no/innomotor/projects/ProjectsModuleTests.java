package no.innomotor.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectEvents.MandateSigned;
import no.innomotor.projects.ProjectEvents.ProjectCreated;
import no.innomotor.projects.ProjectEvents.StepCompleted;
import no.innomotor.shared.RoadmapStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The projects module with only the modules it depends on (organisations, notices, audit): its events carry what
 * other modules need, copied, and the flow from creation to a completed first step holds on its own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class ProjectsModuleTests {

    /** What the platform module provides in the full application. */
    @TestConfiguration
    static class PlatformStandIns {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        SessionRegistry sessionRegistry() {
            return new SessionRegistryImpl();
        }
    }

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    OrganisationsManagement organisations;

    @Test
    void creatingAProjectPublishesItsIdsAndCopiedValues(Scenario scenario) {
        ProjectFixtures.Org org = fixtures.municipality("Modulby kommune");
        scenario.stimulate(() -> fixtures.project(org, "Modulprosjekt"))
                .andWaitForEventOfType(ProjectCreated.class)
                .matching(event -> event.title().equals("Modulprosjekt"))
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.project()).isEqualTo(id);
                    assertThat(event.organisation()).isEqualTo(org.id());
                    assertThat(event.actor()).isEqualTo(org.buyer().id());
                    assertThat(event.cpvCodes()).containsExactly("72000000");
                    assertThat(event.objectType()).isEqualTo("project");
                    assertThat(event.objectId()).isEqualTo(id.toString());
                });
    }

    @Test
    void signingAndCompletingStepOnePublishTheSignatureAndTheMove(Scenario scenario) {
        ProjectFixtures.Org org = fixtures.municipality("Portby kommune");
        ProjectId id = fixtures.project(org, "Portprosjekt");
        int version = projects.draftMandate(
                id, ProjectFixtures.terms("Mål"), org.buyer().user());

        projects.markMandateReady(id, version, org.buyer().user());
        scenario.stimulate(() ->
                        projects.signMandate(id, version, org.id(), org.leader().user()))
                .andWaitForEventOfType(MandateSigned.class)
                .matching(event -> event.project().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.signerName()).isEqualTo("Lars Leder");
                    assertThat(event.contentHash()).matches("[0-9a-f]{64}");
                });
        fixtures.tickRequired(org, id, RoadmapStep.of(1));
        scenario.stimulate(() ->
                        projects.completeStep(id, RoadmapStep.of(1), org.buyer().user()))
                .andWaitForEventOfType(StepCompleted.class)
                .matching(event -> event.project().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.step()).isEqualTo(RoadmapStep.ANCHORING);
                    assertThat(event.next()).isEqualTo(RoadmapStep.NEEDS_ASSESSMENT);
                });
    }
}
