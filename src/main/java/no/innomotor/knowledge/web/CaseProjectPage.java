package no.innomotor.knowledge.web;

import no.innomotor.knowledge.ProjectCase;
import org.springframework.validation.Errors;

/** A project's case for its readers, with the buyers' forms (knowledge/cases/project.jte). */
public record CaseProjectPage(
        ProjectCase projectCase,
        CaseLessonsForm lessonsForm,
        Errors lessonsErrors,
        SolutionForm solutionForm,
        Errors solutionErrors,
        boolean conflict,
        String region) {

    static final String TEMPLATE = "knowledge/cases/project";
}
