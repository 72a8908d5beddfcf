package no.innomotor.suppliers;

import java.util.List;
import java.util.UUID;
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
import no.innomotor.testing.TestData;
import org.springframework.stereotype.Component;

/**
 * Builds the suppliers module's test data through the real services: companies with a supplier person, their
 * profiles and saved searches. A bean of the test context; every call makes new, uniquely numbered data.
 */
@Component
public class SupplierFixtures {

    private final OrganisationsManagement organisations;
    private final ProjectFixtures people;
    private final SuppliersManagement suppliers;
    private final SavedSearches searches;

    SupplierFixtures(
            OrganisationsManagement organisations,
            ProjectFixtures people,
            SuppliersManagement suppliers,
            SavedSearches searches) {
        this.organisations = organisations;
        this.people = people;
        this.suppliers = suppliers;
        this.searches = searches;
    }

    /** A company and its supplier person. */
    public record Company(OrganisationId id, String name, ProjectFixtures.Person supplier) {}

    public Company company(String name) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()), name, OrganisationType.COMPANY, "NO060", null),
                null);
        return new Company(org.id(), name, people.person(org.id(), "Siri Selger", Role.SUPPLIER));
    }

    /** A company with a listed profile offering {@code cpv} in {@code regions}, with {@code keywords}. */
    public Company listed(String name, List<String> cpv, List<String> regions, List<String> keywords) {
        Company company = company(name);
        suppliers.save(
                company.id(),
                facts(cpv, regions, keywords, true, false),
                0,
                company.supplier().user());
        return company;
    }

    public static ProfileFacts facts(
            List<String> cpv, List<String> regions, List<String> keywords, boolean listed, boolean soldToPublic) {
        return new ProfileFacts(
                8,
                2020,
                cpv.stream().map(CpvCode::of).toList(),
                regions.stream().map(NutsCode::of).toList(),
                keywords,
                "Vi lager gode løsninger for kommuner.",
                "Hemmelig referanse hos Eksempel kommune",
                List.of(new ContactPerson("Kari Kontakt", "Salgssjef", "kari@example.no", "+47 900 00 000")),
                soldToPublic,
                "Hemmelig målmarked i Sverige",
                "Hemmelig mål om tre år",
                "Hemmelig ønske om hjelp",
                new ProfileFacts.Visibility(listed, false, false, false));
    }

    public UUID search(ProjectFixtures.Person person, String name, List<String> cpv, List<String> regions) {
        return searches.create(
                new SearchCriteria(
                        name,
                        cpv.stream().map(CpvCode::of).toList(),
                        regions.stream().map(NutsCode::of).toList(),
                        List.of(),
                        true),
                person.user());
    }
}
