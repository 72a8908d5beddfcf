package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.TestData;
import org.springframework.stereotype.Component;

/**
 * Builds the risk-relief module's test data through the real services: instrument actors with their people, published
 * schemes with a budget, buyers with a project, supplier companies with a project in published market dialogue, jury
 * members, and applications submitted, assessed and decided. A bean of the test context; every call makes new data.
 */
@Component
public class RiskReliefFixtures {

    public static final int YEAR = LocalDate.now().getYear() + 1;

    private final OrganisationsManagement organisations;
    private final ProjectFixtures people;
    private final DialogueFixtures dialogueFixtures;
    private final DialogueManagement dialogue;
    private final RiskReliefManagement riskRelief;
    private final RiskReliefQueries queries;

    RiskReliefFixtures(
            OrganisationsManagement organisations,
            ProjectFixtures people,
            DialogueFixtures dialogueFixtures,
            DialogueManagement dialogue,
            RiskReliefManagement riskRelief,
            RiskReliefQueries queries) {
        this.organisations = organisations;
        this.people = people;
        this.dialogueFixtures = dialogueFixtures;
        this.dialogue = dialogue;
        this.riskRelief = riskRelief;
        this.queries = queries;
    }

    /** An approved instrument actor with two actors: one who decides, one who may assess. */
    public record Actor(
            OrganisationId id, String name, ProjectFixtures.Person decider, ProjectFixtures.Person assessor) {}

    public Actor actor(String name) {
        OrganisationId id = approved(OrganisationType.INSTRUMENT_ACTOR, name);
        return new Actor(
                id,
                name,
                people.person(id, "Vera Vedtak", Role.INSTRUMENT_ACTOR),
                people.person(id, "Vidar Vurderer", Role.INSTRUMENT_ACTOR));
    }

    /** A jury member of an organisation of their own (an expert panel). */
    public ProjectFixtures.Person jury(String name) {
        OrganisationId panel = approved(OrganisationType.OTHER, "Fagjury " + name);
        return people.person(panel, name, Role.JURY);
    }

    public ProjectFixtures.Person actorPerson(OrganisationId actor, String name) {
        return people.person(actor, name, Role.INSTRUMENT_ACTOR);
    }

    public OrganisationId approved(OrganisationType type, String name) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(new OrgNumber(TestData.orgNumber()), name, type, "NO081", null), null);
        if (type.needsApproval()) {
            organisations.approve(org.id(), null);
        }
        return org.id();
    }

    public static SchemeInput input(String name, long budget) {
        return new SchemeInput(
                name,
                "Avlaster risikoen for den første kunden av en ny løsning.",
                SchemeKind.FINANCIAL,
                Audience.BOTH,
                LocalDate.now().plusMonths(3),
                YEAR,
                budget,
                List.of(new SchemeInput.Criterion("Nytte", 60), new SchemeInput.Criterion("Risiko", 40)),
                Set.of(CostCategory.PILOTING, CostCategory.RISK_OF_LOSS));
    }

    public SchemeId published(Actor actor, String name, long budget) {
        SchemeId id = riskRelief.createScheme(
                actor.id(), input(name, budget), actor.decider().user());
        riskRelief.publishScheme(id, 0, actor.decider().user());
        return id;
    }

    /** A buyer organisation with a project of its own. */
    public record Buyer(ProjectFixtures.Org org, ProjectId project) {}

    public Buyer buyer(String name) {
        ProjectFixtures.Org org = people.municipality(name);
        return new Buyer(org, people.project(org, "Pilot av sensorer i " + name));
    }

    /** A supplier company and a project of another organisation with a published market dialogue. */
    public record Supplier(OrganisationId company, ProjectFixtures.Person person, ProjectId project) {}

    public Supplier supplier(String name) {
        ProjectFixtures.Org buyer = people.municipality("Kjøper for " + name);
        ProjectId project = dialogueFixtures.projectInMarketDialogue(buyer, "Markedsdialog for " + name);
        AnnouncementId announcement = dialogue.draft(
                project, DialogueFixtures.facts("Dialog " + name), buyer.buyer().user());
        dialogue.publish(announcement, buyer.buyer().user());
        DialogueFixtures.Supplier company = dialogueFixtures.supplier(name);
        return new Supplier(company.company(), company.person(), project);
    }

    public ApplicationInput application(SchemeId scheme, CurrentUser reader, long amount) {
        Map<String, String> answers = new HashMap<>();
        for (CriterionView c : queries.scheme(scheme, reader).criteria()) {
            answers.put(c.id(), "Svar på " + c.name());
        }
        return new ApplicationInput(
                amount,
                LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31),
                Set.of(CostCategory.PILOTING),
                "Pilot i tolv måneder.",
                answers);
    }

    public ApplicationId submitted(SchemeId scheme, ProjectId project, CurrentUser applicant, long amount) {
        ApplicationId id =
                riskRelief.createApplication(scheme, project, application(scheme, applicant, amount), applicant);
        riskRelief.submit(id, applicant);
        return id;
    }

    public static AssessmentInput assessment(
            RiskReliefQueries queries, ApplicationId id, CurrentUser assessor, int score) {
        Map<String, AssessmentInput.Score> scores = new HashMap<>();
        for (ApplicationView.Answer a : queries.application(id, assessor).answers()) {
            scores.put(a.criterion().id(), new AssessmentInput.Score(score, "Begrunnelse for " + score));
        }
        return new AssessmentInput(scores, Recommendation.APPROVE, "Godt prosjekt.");
    }

    /** Two assessors assigned, no conflict, both scored. */
    public void assessed(Actor actor, ApplicationId id, ProjectFixtures.Person jury) {
        riskRelief.assign(id, jury.id(), actor.decider().user());
        riskRelief.assign(id, actor.assessor().id(), actor.decider().user());
        for (ProjectFixtures.Person p : List.of(jury, actor.assessor())) {
            riskRelief.declare(id, false, "", p.user());
            riskRelief.assess(id, assessment(queries, id, p.user(), 8), p.user());
        }
    }

    public static DecisionInput approval(long amount, LocalDate due) {
        return new DecisionInput(
                Outcome.APPROVED,
                amount,
                List.of("Rapport etter piloten"),
                List.of(new DecisionInput.MilestoneInput("Pilot i drift", due, amount)));
    }

    /** Submitted, assessed and approved in full with one milestone. */
    public ApplicationId approved(Actor actor, SchemeId scheme, ProjectId project, CurrentUser applicant, long amount) {
        ApplicationId id = submitted(scheme, project, applicant, amount);
        assessed(actor, id, jury("Jens Jury"));
        long version = queries.application(id, actor.decider().user()).version();
        riskRelief.decide(
                id,
                approval(amount, LocalDate.of(YEAR, 6, 30)),
                version,
                actor.decider().user());
        return id;
    }
}
