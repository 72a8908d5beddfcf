package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.riskrelief.ApplicationId;
import no.innomotor.riskrelief.RiskReliefFixtures;
import no.innomotor.riskrelief.RiskReliefManagement;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Risk relief tells people: an assessor when assigned; the owner's actors when an assessor declares a conflict (not
 * the assessor); the applicant's buyers when the application is decided.
 */
@InnomotorTest
class RiskReliefNotificationsTests {

    @Autowired
    RiskReliefFixtures fixtures;

    @Autowired
    RiskReliefManagement riskRelief;

    @Autowired
    InboxMessageRepository messages;

    private boolean told(ProjectFixtures.Person person, String kind) {
        return messages.findByRecipientId(person.id().value()).stream()
                .anyMatch(m -> m.kind().equals(kind));
    }

    @Test
    void theAssessorTheOwnerAndTheApplicantAreToldInTurn() {
        var actor = fixtures.actor("Varslingsaktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Varslingsordning", 1_000_000);
        var buyer = fixtures.buyer("Varslingskommune " + System.nanoTime());
        ApplicationId id =
                fixtures.submitted(scheme, buyer.project(), buyer.org().buyer().user(), 100_000);
        ProjectFixtures.Person conflicted = fixtures.jury("Varsla Jury " + System.nanoTime());

        riskRelief.assign(id, conflicted.id(), actor.decider().user());
        await().atMost(Duration.ofSeconds(20)).until(() -> told(conflicted, RiskReliefNotifications.ASSIGNED));
        assertThat(told(actor.decider(), RiskReliefNotifications.ASSIGNED))
                .as("who assigned is not told")
                .isFalse();

        riskRelief.declare(id, true, "Nær familie hos søkeren.", conflicted.user());
        await().atMost(Duration.ofSeconds(20)).until(() -> told(actor.assessor(), RiskReliefNotifications.CONFLICT));
        assertThat(told(conflicted, RiskReliefNotifications.CONFLICT)).isFalse();

        fixtures.assessed(actor, id, fixtures.jury("Andre Jury " + System.nanoTime()));
        riskRelief.decide(
                id,
                RiskReliefFixtures.approval(100_000, java.time.LocalDate.of(RiskReliefFixtures.YEAR, 6, 1)),
                riskReliefVersion(id, actor),
                actor.decider().user());
        await().atMost(Duration.ofSeconds(20)).until(() -> told(buyer.org().buyer(), RiskReliefNotifications.DECIDED));
    }

    @Autowired
    no.innomotor.riskrelief.RiskReliefQueries queries;

    private long riskReliefVersion(ApplicationId id, RiskReliefFixtures.Actor actor) {
        return queries.application(id, actor.decider().user()).version();
    }
}
