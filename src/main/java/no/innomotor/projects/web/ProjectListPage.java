package no.innomotor.projects.web;

import java.util.Map;
import java.util.Optional;
import no.innomotor.projects.ProjectPage;
import no.innomotor.shared.OrganisationId;
import org.springframework.validation.Errors;

/**
 * The project list (projects/list.jte): one page of projects, the filter as given with its errors, the organisations
 * to filter by, whether the person may start a project, and the links to the pages before and after this one.
 */
public record ProjectListPage(
        ProjectPage results,
        ListQuery query,
        Errors errors,
        Map<OrganisationId, String> organisations,
        boolean canCreate,
        Optional<String> previousUrl,
        Optional<String> nextUrl) {

    static final String TEMPLATE = "projects/list";
}
