package no.innomotor.followup;

import java.util.List;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.ContactPerson;
import no.innomotor.suppliers.ProfileFacts;
import no.innomotor.suppliers.SuppliersManagement;
import no.innomotor.testing.TestData;
import org.springframework.stereotype.Component;

/**
 * Builds the follow-up module's test data through the real services: advisers, supplier companies with a listed
 * profile (new to the public sector or not, growth ambitions shown to advisers or kept), and plans. A bean of the
 * test context; every call makes new, uniquely numbered data.
 */
@Component
public class FollowUpFixtures {

    private final OrganisationsManagement organisations;
    private final ProjectFixtures people;
    private final SuppliersManagement suppliers;
    private final FollowUpManagement followUp;

    FollowUpFixtures(
            OrganisationsManagement organisations,
            ProjectFixtures people,
            SuppliersManagement suppliers,
            FollowUpManagement followUp) {
        this.organisations = organisations;
        this.people = people;
        this.suppliers = suppliers;
        this.followUp = followUp;
    }

    /** A company with a listed profile and its supplier person. */
    public record Company(OrganisationId id, String name, OrgNumber orgNumber, ProjectFixtures.Person supplier) {}

    /** An adviser in an organisation of their own (a directorate). */
    public ProjectFixtures.Person adviser(String name) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()),
                        "Rådgivning " + name,
                        OrganisationType.OTHER,
                        "NO081",
                        null),
                null);
        return people.person(org.id(), name, Role.ADVISER);
    }

    public Company company(String name) {
        return company(name, "NO060", false, true);
    }

    public Company company(String name, String region, boolean soldToPublic, boolean growthVisible) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()), name, OrganisationType.COMPANY, region, null),
                null);
        ProjectFixtures.Person supplier = people.person(org.id(), "Selger " + name, Role.SUPPLIER);
        suppliers.save(
                org.id(),
                new ProfileFacts(
                        12,
                        2018,
                        List.of(CpvCode.of("38100000")),
                        List.of(NutsCode.of(region)),
                        List.of("sensor"),
                        "Vi lager sensorer for kommuner.",
                        "",
                        List.of(new ContactPerson("Kari Kontakt", "Daglig leder", "kari@example.no", "+47 900 00 000")),
                        soldToPublic,
                        "Markeder for " + name,
                        "Treårsmål for " + name,
                        "Hjelp " + name + " ønsker",
                        new ProfileFacts.Visibility(true, true, false, growthVisible)),
                0,
                supplier.user());
        return new Company(org.id(), name, org.orgNumber(), supplier);
    }

    public PlanId plan(ProjectFixtures.Person adviser, Company company) {
        return followUp.create(
                company.id(), followUp.start(company.id(), adviser.user()).goals(), adviser.user());
    }
}
