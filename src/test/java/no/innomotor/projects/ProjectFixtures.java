package no.innomotor.projects;

import java.util.List;
import java.util.Set;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.TestData;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds the projects module's test data through the real services: approved organisations, people with roles
 * loaded as real principals (so their memberships are what the platform would see), and projects. A bean of the
 * test context: tests autowire it, and every call makes new, uniquely numbered data, so no test depends on another.
 */
@Component
public class ProjectFixtures {

    public static final String PASSWORD = "fixture-password-1";

    private final OrganisationsManagement organisations;
    private final UserDetailsService users;
    private final ProjectsManagement projects;
    private final ProjectQueries queries;

    ProjectFixtures(
            OrganisationsManagement organisations,
            UserDetailsService users,
            ProjectsManagement projects,
            ProjectQueries queries) {
        this.organisations = organisations;
        this.users = users;
        this.projects = projects;
        this.queries = queries;
    }

    /** A signed-in person: usable as the service's current user and as MockMvc's principal. */
    public record Person(PersonId id, String email, UserDetails details) {
        public CurrentUser user() {
            return (CurrentUser) details;
        }
    }

    /** An approved buyer organisation with one buyer and one top leader. */
    public record Org(OrganisationId id, String name, Person buyer, Person leader) {}

    public Org municipality(String name) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()), name, OrganisationType.MUNICIPALITY, "NO081", null),
                null);
        organisations.approve(org.id(), null);
        Person buyer = person(org.id(), "Berit Innkjøper", Role.BUYER);
        Person leader = person(org.id(), "Lars Leder", Role.TOP_LEADER);
        return new Org(org.id(), name, buyer, leader);
    }

    public OrganisationId company(String name) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()), name, OrganisationType.COMPANY, "NO060", null),
                null);
        return org.id();
    }

    public Person person(OrganisationId org, String name, Role... roles) {
        PersonSummary person = organisations.createPerson(TestData.email("p"), name, PASSWORD, null);
        for (Role role : roles) {
            organisations.grantRole(person.id(), org, role, null);
        }
        return reload(person.email());
    }

    /** Loads the principal again, after roles changed. */
    public Person reload(String email) {
        UserDetails details = users.loadUserByUsername(email);
        CurrentUser user = (CurrentUser) details;
        return new Person(user.personId(), email, details);
    }

    public ProjectId project(Org org, String title) {
        return projects.create(command(org, title), org.buyer().user());
    }

    public static CreateProject command(Org org, String title) {
        return new CreateProject(
                title,
                "Behovet er å gi eldre trygghet i eget hjem uten å låse løsningen.",
                org.id(),
                Money.nok(2_500_000),
                List.of(CpvCode.of("72000000")),
                NutsCode.of("NO081"),
                ProcedureType.INNOVATION_PARTNERSHIP,
                Set.of());
    }

    public static MandateTerms terms(String goal) {
        return new MandateTerms(
                goal,
                Money.nok(3_000_000),
                RiskAppetite.MODERATE,
                "Færre fall og innleggelser, målt mot nullpunkt",
                java.time.LocalDate.of(2027, 1, 1),
                java.time.LocalDate.of(2028, 12, 31));
    }

    /** Ticks every required item of a step, as the buyer. */
    public void tickRequired(Org org, ProjectId project, RoadmapStep step) {
        StepDetails details = queries.step(project, step, org.buyer().user());
        details.items().stream()
                .filter(item -> item.required() && !item.byPlatform())
                .forEach(item -> projects.setItemDone(
                        project, step, item.id(), true, org.buyer().user()));
    }

    /** Drafts and signs a mandate, so the gates need only their checklists. */
    public void signedMandate(Org org, ProjectId project) {
        int version = projects.draftMandate(
                project, terms("Trygghet hjemme"), org.buyer().user());
        projects.markMandateReady(project, version, org.buyer().user());
        projects.signMandate(project, version, org.id(), org.leader().user());
    }
}
