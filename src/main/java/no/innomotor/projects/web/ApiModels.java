package no.innomotor.projects.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innomotor.projects.MandateState;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectPage;
import no.innomotor.projects.ProjectStatus;
import no.innomotor.projects.ProjectSummary;
import no.innomotor.projects.StepState;
import no.innomotor.shared.Money;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the projects API, version 1. Amounts are whole Norwegian kroner. */
final class ApiModels {

    private ApiModels() {}

    @Schema(
            name = "CreateProject",
            description = "A new innovative procurement project, created by a buyer of the "
                    + "owning organisation. The buyer is always on the team.")
    record CreateProjectRequest(
            @Schema(description = "Short title", example = "Sensorer for trygghet i eget hjem", maxLength = 200)
            @NotBlank(message = "{projects.form.title.required}")
            @Size(max = 200, message = "{projects.form.title.tooLong}")
            @Nullable
            String title,

            @Schema(description = "The need: the problem to solve, not a solution", maxLength = 10_000)
            @NotBlank(message = "{projects.form.need.required}")
            @Size(max = 10_000, message = "{projects.form.need.tooLong}")
            @Nullable
            String need,

            @Schema(description = "The owning organisation; the caller must be a buyer there")
            @NotNull(message = "{projects.form.organisation.required}")
            @Nullable
            UUID organisationId,

            @Schema(description = "Estimated value in whole NOK", example = "2500000", minimum = "0")
            @NotNull(message = "{projects.form.value.required}")
            @Min(value = 0, message = "{projects.form.value.negative}")
            @Max(value = Money.MAX_KRONER, message = "{projects.form.value.tooLarge}")
            @Nullable
            Long estimatedValueNok,

            @ArraySchema(
                    schema = @Schema(description = "CPV 2008 code, with or without check digit", example = "72000000"),
                    minItems = 1,
                    maxItems = 20)
            @NotEmpty(message = "{projects.form.cpv.required}")
            @Size(max = 20, message = "{projects.error.cpvTooMany}")
            @Nullable
            List<String> cpvCodes,

            @Schema(description = "NUTS level-3 region in Norway", example = "NO081")
            @NotBlank(message = "{projects.form.nuts.required}")
            @Nullable
            String nutsCode,

            @Schema(description = "The intended procedure")
            @NotNull(message = "{projects.form.procedure.required}")
            @Nullable
            ProcedureType procedure,

            @ArraySchema(schema = @Schema(description = "Person id of a member of the owning organisation")) @Nullable
            List<UUID> teamMembers) {}

    @Schema(name = "ProjectSummary", description = "A project as lists show it")
    record ProjectSummaryJson(
            UUID id,
            String title,
            UUID organisationId,
            String organisationName,

            @Schema(description = "The roadmap step the project is in, 1 to 8", minimum = "1", maximum = "8")
            int currentStep,

            RoadmapStep currentStepName,
            ProjectStatus status,
            ProcedureType procedure,

            @Schema(description = "Estimated value in whole NOK")
            long estimatedValueNok,

            MandateState mandate,
            Instant createdAt) {

        static ProjectSummaryJson of(ProjectSummary project) {
            return new ProjectSummaryJson(
                    project.id().value(),
                    project.title(),
                    project.organisation().value(),
                    project.organisationName(),
                    project.currentStep().number(),
                    project.currentStep(),
                    project.status(),
                    project.procedure(),
                    project.estimatedValue().kroner(),
                    project.mandate(),
                    project.createdAt());
        }
    }

    @Schema(name = "ProjectList", description = "One page of projects, newest first (best match first with q)")
    record ProjectListJson(
            List<ProjectSummaryJson> items,
            @Schema(description = "Page index, from 0") int page,
            int size,
            long totalElements,
            int totalPages) {

        static ProjectListJson of(ProjectPage page) {
            return new ProjectListJson(
                    page.items().stream().map(ProjectSummaryJson::of).toList(),
                    page.page(),
                    page.size(),
                    page.total(),
                    page.totalPages());
        }
    }

    @Schema(name = "Cpv", description = "A CPV code with its label in the requested language")
    record CpvJson(String code, String label) {}

    @Schema(name = "Step", description = "One step of the roadmap")
    record StepJson(
            int number,
            RoadmapStep step,
            StepState state,
            int itemsDone,
            int itemsTotal,

            @Schema(description = "Required checklist items not yet done")
            int requiredOpen,

            @Nullable LocalDate dueDate,
            @Nullable Instant completedAt) {}

    @Schema(name = "Mandate", description = "The newest mandate version and its signature, if signed")
    record MandateJson(
            int version,
            boolean signed,
            String goal,
            long budgetFrameNok,
            String riskAppetite,
            String benefitAmbition,
            LocalDate startDate,
            LocalDate endDate,
            @Nullable String signerName,
            @Nullable Instant signedAt,

            @Schema(description = "SHA-256 of the signed content, hex") @Nullable
            String contentHash) {}

    @Schema(name = "Project", description = "An innovative procurement project with its roadmap")
    record ProjectJson(
            UUID id,
            String title,
            String need,
            UUID organisationId,
            String organisationName,

            @Schema(description = "Estimated value in whole NOK")
            long estimatedValueNok,

            List<CpvJson> cpvCodes,
            String nutsCode,
            ProcedureType procedure,
            ProjectStatus status,
            int currentStep,
            RoadmapStep currentStepName,
            MandateState mandateState,
            @Nullable MandateJson mandate,
            List<StepJson> steps,
            @Nullable String stopReason,
            Instant createdAt,
            Instant updatedAt) {

        static ProjectJson of(ProjectDetails project, List<CpvChoice> cpv) {
            var newest = project.newestMandate();
            MandateJson mandate = newest == null
                    ? null
                    : new MandateJson(
                            newest.versionNumber(),
                            newest.signed(),
                            newest.terms().goal(),
                            newest.terms().budgetFrame().kroner(),
                            newest.terms().riskAppetite().name(),
                            newest.terms().benefitAmbition(),
                            newest.terms().startDate(),
                            newest.terms().endDate(),
                            newest.signerName(),
                            newest.signedAt(),
                            newest.contentHash());
            return new ProjectJson(
                    project.id().value(),
                    project.title(),
                    project.need(),
                    project.organisation().value(),
                    project.organisationName(),
                    project.estimatedValue().kroner(),
                    cpv.stream()
                            .map(choice -> new CpvJson(choice.code(), choice.label()))
                            .toList(),
                    project.nutsCode().value(),
                    project.procedure(),
                    project.status(),
                    project.currentStep().number(),
                    project.currentStep(),
                    project.mandateState(),
                    mandate,
                    project.steps().stream()
                            .map(step -> new StepJson(
                                    step.number(),
                                    step.step(),
                                    step.state(),
                                    step.itemsDone(),
                                    step.itemsTotal(),
                                    step.requiredOpen(),
                                    step.dueDate(),
                                    step.completedAt()))
                            .toList(),
                    project.stopReason(),
                    project.createdAt(),
                    project.updatedAt());
        }
    }

    @Schema(name = "FieldError", description = "A refused field, with a message in the requested language")
    record FieldErrorJson(String field, String message) {}
}
