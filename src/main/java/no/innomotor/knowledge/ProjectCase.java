package no.innomotor.knowledge;

import java.util.Optional;
import no.innomotor.projects.ProjectDetails;

/**
 * A project's case as its readers see it on the project (draft or published), with its solution in the catalogue.
 *
 * @param keeper whether the reader is one of the project's buyers, who build, write and publish
 * @param finished whether the project stands at step 8 or is completed, so its solution may be listed
 */
public record ProjectCase(
        ProjectDetails project,
        Optional<CaseView> caseView,
        Optional<SolutionView> solution,
        boolean keeper,
        boolean finished) {}
