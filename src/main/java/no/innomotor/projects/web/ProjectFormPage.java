package no.innomotor.projects.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.notices.NutsRegion;
import no.innomotor.projects.OrganisationChoice;
import no.innomotor.projects.ProjectDetails;
import org.springframework.validation.Errors;

/**
 * The form that starts a project or edits its facts (projects/form.jte): the form with its errors, the organisations
 * to choose among, the project being edited (none: a new one), the counties, the CPV codes recognised in the form,
 * whether someone else saved first, and whether the codes were only checked.
 */
public record ProjectFormPage(
        ProjectForm form,
        Errors errors,
        List<OrganisationChoice> organisations,
        Optional<ProjectDetails> project,
        List<NutsRegion> regions,
        List<CpvChoice> cpvChoices,
        boolean conflict,
        boolean cpvChecked) {

    static final String TEMPLATE = "projects/form";

    ProjectFormPage conflicted() {
        return new ProjectFormPage(form, errors, organisations, project, regions, cpvChoices, true, cpvChecked);
    }

    ProjectFormPage cpvOnlyChecked() {
        return new ProjectFormPage(form, errors, organisations, project, regions, cpvChoices, conflict, true);
    }
}
