package no.innomotor.instruments;

import java.util.List;
import java.util.Optional;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.SupplierListing;
import no.innomotor.suppliers.SupplierQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explained matching of the published catalogue against a project, a supplier company or a free description. A
 * project's facts come from the projects module (the person must see the project, or it is not found); a company's
 * from its supplier profile and its organisation.
 */
@Service
@Transactional(readOnly = true)
public class InstrumentMatching {

    /** A project's matches, with the project the page shows them for. */
    public record ProjectMatches(ProjectDetails project, MatchSubject subject, List<InstrumentMatch> matches) {}

    /** A company's matches; {@code profiled}: the company has a supplier profile its facts came from. */
    public record CompanyMatches(
            OrganisationId company,
            String companyName,
            boolean profiled,
            MatchSubject subject,
            List<InstrumentMatch> matches) {}

    private final InstrumentQueries queries;
    private final ProjectQueries projects;
    private final SupplierQueries suppliers;
    private final OrganisationsManagement organisations;

    InstrumentMatching(
            InstrumentQueries queries,
            ProjectQueries projects,
            SupplierQueries suppliers,
            OrganisationsManagement organisations) {
        this.queries = queries;
        this.projects = projects;
        this.suppliers = suppliers;
        this.organisations = organisations;
    }

    public List<InstrumentMatch> match(MatchSubject subject) {
        return InstrumentMatcher.rank(queries.published(), subject);
    }

    /** The project's matches for someone who may see the project; anyone else: not found. */
    public ProjectMatches forProject(ProjectId id, CurrentUser user) {
        ProjectDetails project = projects.get(id, user);
        MatchSubject subject = subject(project);
        return new ProjectMatches(project, subject, match(subject));
    }

    /** What a project tells the matching: its buyer's type and region, its step, value, mandate and CPV codes. */
    MatchSubject subject(ProjectDetails project) {
        OrganisationType type = organisations
                .find(project.organisation())
                .map(OrganisationSummary::type)
                .orElse(null);
        Long amount = project.estimatedValue().isNok()
                        && project.estimatedValue().amount().scale() <= 0
                ? project.estimatedValue().kroner()
                : null;
        return new MatchSubject(
                Audience.BUYER,
                type,
                null,
                project.cpvCodes().stream().map(CpvCode::value).toList(),
                List.of(project.nutsCode()),
                project.currentStep().number(),
                amount,
                project.signedMandate() != null,
                false);
    }

    /**
     * The matches of a company where the person is a supplier ({@code company} null: their first). The company's
     * own profile gives its size, regions and competences; an amount and a pilot customer the person may add.
     */
    public Optional<CompanyMatches> forCompany(
            @Nullable OrganisationId company, @Nullable Long amount, boolean pilotCustomer, CurrentUser user) {
        List<OrganisationId> companies = user.organisationsWithRole(Role.SUPPLIER);
        OrganisationId chosen = company != null && companies.contains(company)
                ? company
                : companies.isEmpty() ? null : companies.get(0);
        if (chosen == null) {
            return Optional.empty();
        }
        OrganisationSummary org = organisations.find(chosen).orElse(null);
        if (org == null) {
            return Optional.empty();
        }
        SupplierListing listing = null;
        try {
            listing = suppliers.profile(chosen, user).listing();
        } catch (DomainException.NotFound noProfile) {
            // A company without a profile is matched on what its organisation says.
        }
        List<NutsCode> regions = listing != null
                ? listing.regions().stream()
                        .map(NutsCode::parse)
                        .flatMap(Optional::stream)
                        .toList()
                : org.nutsCode() == null
                        ? List.of()
                        : NutsCode.parse(org.nutsCode()).stream().toList();
        MatchSubject subject = new MatchSubject(
                Audience.SUPPLIER,
                OrganisationType.COMPANY,
                listing == null ? null : listing.sizeClass(),
                listing == null ? List.of() : listing.competences(),
                regions,
                null,
                amount,
                false,
                pilotCustomer);
        return Optional.of(new CompanyMatches(chosen, org.name(), listing != null, subject, match(subject)));
    }
}
