package no.innomotor.projects.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.notices.NutsRegion;
import no.innomotor.projects.ProjectDetails;
import org.springframework.validation.Errors;

/**
 * A project's own page (projects/show.jte): the project, its CPV codes described, its county, and the form that
 * stops it with its errors.
 */
public record ProjectOverviewPage(
        ProjectDetails project,
        List<CpvChoice> cpvChoices,
        Optional<NutsRegion> region,
        StopForm stopForm,
        Errors stopErrors) {

    static final String TEMPLATE = "projects/show";
}
