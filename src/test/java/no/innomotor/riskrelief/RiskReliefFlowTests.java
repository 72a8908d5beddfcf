package no.innomotor.riskrelief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationDecided;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationSubmitted;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationWithdrawn;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.Money;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** Schemes, applications, assessment and decisions through the module's API, with the rules of the house. */
@InnomotorTest
@EnableScenarios
class RiskReliefFlowTests {

    @Autowired
    RiskReliefFixtures fixtures;

    @Autowired
    RiskReliefManagement riskRelief;

    @Autowired
    RiskReliefQueries queries;

    @Autowired
    ProjectFixtures people;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    no.innomotor.organisations.AccountsManagement accounts;

    @Test
    void aSchemesWeightsAddUpToAHundredAndOnlyItsOwnerSeesItsDraft() {
        var actor = fixtures.actor("Ordningseier " + System.nanoTime());
        var other = fixtures.actor("Annen aktør " + System.nanoTime());
        SchemeInput wrong = new SchemeInput(
                "Skjev vekt",
                "Beskrivelse",
                SchemeKind.FINANCIAL,
                Audience.BOTH,
                LocalDate.now().plusDays(30),
                RiskReliefFixtures.YEAR,
                1_000,
                List.of(new SchemeInput.Criterion("A", 50), new SchemeInput.Criterion("B", 40)),
                java.util.Set.of(no.innomotor.shared.CostCategory.PILOTING));
        assertThatThrownBy(() -> riskRelief.createScheme(
                        actor.id(), wrong, actor.decider().user()))
                .isInstanceOf(RiskReliefExceptions.Refused.class)
                .hasFieldOrPropertyWithValue("messageKey", "riskrelief.error.weights");
        assertThatThrownBy(() -> riskRelief.createScheme(
                        actor.id(),
                        RiskReliefFixtures.input("Fremmed", 1),
                        other.decider().user()))
                .isInstanceOf(AccessDeniedException.class);

        SchemeId draft = riskRelief.createScheme(
                actor.id(),
                RiskReliefFixtures.input("Utkast", 1_000),
                actor.decider().user());
        var buyer = fixtures.buyer("Kommune " + System.nanoTime());
        assertThat(queries.scheme(draft, actor.decider().user()).owned()).isTrue();
        assertThatThrownBy(() -> queries.scheme(draft, buyer.org().buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> queries.scheme(draft, other.decider().user()))
                .isInstanceOf(DomainException.NotFound.class);

        riskRelief.publishScheme(draft, 0, actor.decider().user());
        assertThat(queries.scheme(draft, buyer.org().buyer().user()).published())
                .isTrue();
        assertThat(queries.schemes(buyer.org().buyer().user()))
                .extracting(SchemeView::id)
                .contains(draft);
        assertThatThrownBy(() -> queries.ledger(draft, buyer.org().buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(queries.ledger(draft, actor.decider().user()).periods())
                .singleElement()
                .satisfies(p -> assertThat(p.remaining()).isEqualTo(1_000));
    }

    @Test
    void aBuyerAppliesForItsOwnProjectAndTheSubmissionIsPublished(Scenario scenario) {
        var actor = fixtures.actor("Aktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Pilotordning", 5_000_000);
        var buyer = fixtures.buyer("Søkerkommune " + System.nanoTime());
        var stranger = fixtures.buyer("Fremmed kommune " + System.nanoTime());

        NewApplication start =
                riskRelief.start(scheme, buyer.project(), buyer.org().buyer().user());
        assertThat(start.projectTitle()).startsWith("Pilot av sensorer");
        assertThat(start.kind()).isEqualTo(ApplicantKind.BUYER);
        assertThatThrownBy(() -> riskRelief.start(
                        scheme, buyer.project(), stranger.org().buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);

        ApplicationId id = riskRelief.createApplication(
                scheme,
                buyer.project(),
                fixtures.application(scheme, buyer.org().buyer().user(), 400_000),
                buyer.org().buyer().user());
        assertThatThrownBy(() -> queries.application(id, actor.decider().user()))
                .as("a draft is the applicant's alone")
                .isInstanceOf(DomainException.NotFound.class);

        scenario.stimulate(() -> riskRelief.submit(id, buyer.org().buyer().user()))
                .andWaitForEventOfType(ApplicationSubmitted.class)
                .matching(e -> e.applicationId().equals(id.toString()))
                .toArriveAndVerify(e -> {
                    assertThat(e.amountRequested()).isEqualTo(Money.nok(400_000));
                    assertThat(e.organisation()).isEqualTo(buyer.org().id());
                    assertThat(e.schemeOwner()).isEqualTo(actor.id());
                });
        ApplicationView seen = queries.application(id, buyer.org().buyer().user());
        assertThat(seen.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(seen.history()).extracting(ApplicationView.History::what).containsExactly("drafted", "submitted");
        assertThat(queries.application(id, actor.decider().user()).reader().owner())
                .isTrue();
        assertThatThrownBy(() -> queries.application(id, stranger.org().buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);

        long version = seen.version();
        scenario.stimulate(() ->
                        riskRelief.withdraw(id, version, buyer.org().buyer().user()))
                .andWaitForEventOfType(ApplicationWithdrawn.class)
                .matching(e -> e.applicationId().equals(id.toString()))
                .toArrive();
        assertThat(queries.application(id, buyer.org().buyer().user()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void aSupplierAppliesForAPublishedProjectAsItsCompany() {
        var actor = fixtures.actor("Aktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Leverandørordning", 5_000_000);
        var supplier = fixtures.supplier("Sensor AS " + System.nanoTime());
        NewApplication start =
                riskRelief.start(scheme, supplier.project(), supplier.person().user());
        assertThat(start.kind()).isEqualTo(ApplicantKind.SUPPLIER);
        ApplicationId id =
                fixtures.submitted(scheme, supplier.project(), supplier.person().user(), 100_000);
        assertThat(queries.application(id, supplier.person().user()).applicantName())
                .startsWith("Sensor AS");
    }

    @Test
    void aDeclaredConflictRemovesTheAssessorAndTheApplicantsPeopleCannotAssess() {
        var actor = fixtures.actor("Aktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Konfliktordning", 5_000_000);
        var buyer = fixtures.buyer("Kommune " + System.nanoTime());
        ApplicationId id =
                fixtures.submitted(scheme, buyer.project(), buyer.org().buyer().user(), 200_000);
        ProjectFixtures.Person jury = fixtures.jury("Jorunn Jury " + System.nanoTime());
        // A jury member who also belongs to the applicant's organisation is no candidate.
        ProjectFixtures.Person insider = people.person(buyer.org().id(), "Inger Innside", Role.JURY);
        assertThat(queries.candidates(id, actor.decider().user()))
                .extracting(AssessorCandidate::id)
                .contains(jury.id(), actor.assessor().id())
                .doesNotContain(insider.id(), actor.decider().id());
        assertThatThrownBy(() ->
                        riskRelief.assign(id, insider.id(), actor.decider().user()))
                .isInstanceOf(RiskReliefExceptions.Refused.class)
                .hasFieldOrPropertyWithValue("messageKey", "riskrelief.error.notEligible");

        riskRelief.assign(id, jury.id(), actor.decider().user());
        assertThat(queries.application(id, jury.user()).reader().assessor()).isTrue();
        assertThatThrownBy(() ->
                        riskRelief.assess(id, RiskReliefFixtures.assessment(queries, id, jury.user(), 5), jury.user()))
                .as("the declaration comes first")
                .hasFieldOrPropertyWithValue("messageKey", "riskrelief.error.declareFirst");
        riskRelief.declare(id, true, "Jeg har vært rådgiver for kommunen.", jury.user());
        assertThatThrownBy(() -> queries.application(id, jury.user()))
                .as("a declared conflict closes the application to the assessor")
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(queries.applications(jury.user()))
                .extracting(ApplicationListItem::id)
                .doesNotContain(id);
        ApplicationView owner = queries.application(id, actor.decider().user());
        assertThat(owner.assessments()).singleElement().satisfies(a -> {
            assertThat(a.conflicted()).isTrue();
            assertThat(a.conflictReason()).contains("rådgiver");
        });
        assertThat(queries.application(id, buyer.org().buyer().user()).assessments())
                .as("the applicant never sees who assesses")
                .isEmpty();
    }

    @Test
    void theDeciderIsNoAssessorAndTwoAssessmentsComeFirst(Scenario scenario) throws Exception {
        var actor = fixtures.actor("Aktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Vedtaksordning", 1_000_000);
        var buyer = fixtures.buyer("Kommune " + System.nanoTime());
        ApplicationId id =
                fixtures.submitted(scheme, buyer.project(), buyer.org().buyer().user(), 300_000);
        DecisionInput approval = RiskReliefFixtures.approval(300_000, LocalDate.of(RiskReliefFixtures.YEAR, 5, 1));
        assertThatThrownBy(
                        () -> riskRelief.decide(id, approval, 1, actor.decider().user()))
                .hasFieldOrPropertyWithValue("messageKey", "riskrelief.error.twoAssessments");

        fixtures.assessed(actor, id, fixtures.jury("Jakob Jury " + System.nanoTime()));
        long version = queries.application(id, actor.decider().user()).version();
        assertThat(queries.application(id, actor.decider().user()).consolidated())
                .isNotNull()
                .satisfies(c -> assertThat(c.meanTotal()).isEqualTo(8.0));
        assertThatThrownBy(() -> riskRelief.decide(
                        id, approval, version, actor.assessor().user()))
                .as("an assessor does not decide what they assessed")
                .hasFieldOrPropertyWithValue("messageKey", "riskrelief.error.deciderAssessed");
        assertThatThrownBy(() -> riskRelief.decide(
                        id, approval, version - 1, actor.decider().user()))
                .isInstanceOf(RiskReliefExceptions.ChangedConcurrently.class);

        scenario.stimulate(() ->
                        riskRelief.decide(id, approval, version, actor.decider().user()))
                .andWaitForEventOfType(ApplicationDecided.class)
                .matching(e -> e.applicationId().equals(id.toString()))
                .toArriveAndVerify(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.APPROVED);
                    assertThat(e.amountGranted()).isEqualTo(Money.nok(300_000));
                    assertThat(e.conditions()).containsExactly("Rapport etter piloten");
                });
        var ledger = queries.ledger(scheme, actor.decider().user()).periods().get(0);
        assertThat(ledger.committed()).isEqualTo(300_000);
        assertThat(ledger.remaining()).isEqualTo(700_000);

        // The payout: the applicant reports, the owner approves, paid increases.
        ApplicationView decided = queries.application(id, buyer.org().buyer().user());
        MilestoneId milestone = MilestoneId.of(decided.milestones().get(0).id());
        assertThatThrownBy(() -> riskRelief.pay(id, milestone, actor.decider().user()))
                .hasFieldOrPropertyWithValue("messageKey", "riskrelief.error.reportFirst");
        riskRelief.reportMilestone(
                id, milestone, "Piloten går i 60 hjem.", buyer.org().buyer().user());
        riskRelief.pay(id, milestone, actor.decider().user());
        assertThat(queries.ledger(scheme, actor.decider().user())
                        .periods()
                        .get(0)
                        .paid())
                .isEqualTo(300_000);
        riskRelief.finalReport(id, "Færre fallskader.", buyer.org().buyer().user());
        assertThat(queries.application(id, buyer.org().buyer().user()).status()).isEqualTo(ApplicationStatus.CLOSED);
    }

    @Test
    void theDecisionLetterIsWrittenInTheApplicantsLanguage() throws Exception {
        var actor = fixtures.actor("Aktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Brevordning", 1_000_000);
        var nb = fixtures.buyer("Bokmålskommune " + System.nanoTime());
        var en = fixtures.buyer("Engelsk kommune " + System.nanoTime());
        accounts.chooseLanguage(en.org().buyer().id(), "en");

        ApplicationId norwegian =
                fixtures.approved(actor, scheme, nb.project(), nb.org().buyer().user(), 250_000);
        ApplicationId english =
                fixtures.approved(actor, scheme, en.project(), en.org().buyer().user(), 250_000);

        String bokmal = text(riskRelief.letter(norwegian, nb.org().buyer().user()));
        assertThat(bokmal)
                .contains("Vedtak om risikoavlastning", "Innvilget", "250 000", "Brevordning", "Pilot i drift");
        String englishText = text(riskRelief.letter(english, actor.decider().user()));
        assertThat(englishText).contains("Decision on risk relief", "Approved", "250 000", "Pilot i drift");
        assertThat(englishText).doesNotContain("Vedtak om risikoavlastning");
        assertThatThrownBy(() -> riskRelief.letter(norwegian, en.org().buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);
    }

    static String text(byte[] pdf) throws java.io.IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }
}
