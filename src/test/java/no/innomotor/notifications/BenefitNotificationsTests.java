package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import no.innomotor.benefits.BenefitFixtures;
import no.innomotor.benefits.BenefitsManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The morning reminder of benefit realisation: the owner of a benefit whose measurement is due is told once for that
 * due date, in the inbox; the buyer who planned the benefit but does not own it is not told.
 */
@InnomotorTest
class BenefitNotificationsTests {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    BenefitsManagement benefits;

    @Autowired
    BenefitFixtures fixtures;

    @Autowired
    InboxMessageRepository messages;

    private long told(ProjectFixtures.Person person) {
        return messages.findByRecipientId(person.id().value()).stream()
                .filter(m -> m.kind().equals(BenefitNotifications.MEASUREMENT_DUE))
                .count();
    }

    @Test
    void theOwnerOfADueBenefitIsToldOnceForItsDueDate() {
        ProjectFixtures.Org org = projects.municipality("Påminnelse kommune " + System.nanoTime());
        ProjectId project = projects.project(org, "Målte gatelys");
        // The quarterly benefit's baseline was measured 1 January 2026: its first measurement has long been due.
        benefits.add(
                project,
                BenefitFixtures.efficiency(
                        "Lavere strømkostnad for gatelys", org.leader().id()),
                org.buyer().user());

        assertThat(fixtures.remind(project)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> told(org.leader()) == 1);

        assertThat(fixtures.remind(project)).isZero();
        assertThat(told(org.leader())).as("reminded once per due date").isEqualTo(1);
        assertThat(told(org.buyer())).as("the buyer does not own the benefit").isZero();
    }
}
