package no.innomotor.projects.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.innomotor.projects.CreateProject;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectCodes;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectFilter;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectInputRejected;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectStatus;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.projects.web.ApiModels.CreateProjectRequest;
import no.innomotor.projects.web.ApiModels.FieldErrorJson;
import no.innomotor.projects.web.ApiModels.ProjectJson;
import no.innomotor.projects.web.ApiModels.ProjectListJson;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.web.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The projects API, version 1: list, read and create innovative procurement projects. The same access rules as
 * the pages: a project the caller may not see is not found (404). Errors are problem+json in the caller's language
 * (?lang=nb|nn|en).
 */
@RestController
@RequestMapping(
        path = "/api/v1/projects",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Projects", description = "Innovative procurement projects and their roadmap")
@SecurityRequirement(name = "bearerToken")
class ProjectsApi {

    private final ProjectsManagement projects;
    private final ProjectQueries queries;
    private final CpvChoices cpv;
    private final MessageSource messages;

    ProjectsApi(ProjectsManagement projects, ProjectQueries queries, CpvChoices cpv, MessageSource messages) {
        this.projects = projects;
        this.queries = queries;
        this.cpv = cpv;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "List projects",
            description = "The projects the caller may see: their organisations' "
                    + "projects for buyers and top leaders, all projects for advisers and administrators. Filters combine; "
                    + "q searches title and need with Norwegian stemming.")
    @ApiResponse(responseCode = "200", description = "One page of projects")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content)
    ProjectListJson list(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Owning organisation id") @RequestParam(required = false) @Nullable
                    UUID organisation,
            @Parameter(description = "Current roadmap step, 1 to 8") @RequestParam(required = false) @Nullable
                    Integer step,
            @Parameter(description = "Intended procedure") @RequestParam(required = false) @Nullable
                    ProcedureType procedure,
            @Parameter(description = "Project status") @RequestParam(required = false) @Nullable ProjectStatus status,
            @Parameter(description = "Free text over title and need") @RequestParam(required = false) @Nullable
                    String q,
            @Parameter(description = "Page index, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        ProjectFilter filter = new ProjectFilter(
                organisation == null ? null : new OrganisationId(organisation), step, procedure, status, q);
        return ProjectListJson.of(queries.search(filter, page, size, user));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one project", description = "The project with its roadmap steps and newest mandate.")
    @ApiResponse(responseCode = "200", description = "The project")
    @ApiResponse(
            responseCode = "404",
            description = "No such project, or the caller may not see it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ProjectJson read(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Project id") @PathVariable ProjectId id,
            Locale locale) {
        ProjectDetails project = queries.get(id, user);
        return ProjectJson.of(project, cpv.describe(project.cpvCodes(), locale));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a project",
            description = "Creates a project in roadmap step 1 for an approved "
                    + "organisation where the caller is a buyer. CPV codes must exist in CPV 2008; team members must be "
                    + "members of the owning organisation.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new project")
    @ApiResponse(responseCode = "403", description = "The caller is not a buyer anywhere", content = @Content)
    @ApiResponse(
            responseCode = "422",
            description = "Refused input; errors lists each field with a message",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProjectJson> create(
            @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody CreateProjectRequest body, Locale locale) {
        Set<PersonId> team = new LinkedHashSet<>();
        if (body.teamMembers() != null) {
            body.teamMembers().forEach(person -> team.add(new PersonId(person)));
        }
        ProjectId id = projects.create(
                new CreateProject(
                        java.util.Objects.requireNonNull(body.title()),
                        java.util.Objects.requireNonNull(body.need()),
                        new OrganisationId(body.organisationId()),
                        Money.nok(body.estimatedValueNok()),
                        ProjectCodes.cpv(body.cpvCodes()),
                        ProjectCodes.nuts(java.util.Objects.requireNonNull(body.nutsCode())),
                        body.procedure(),
                        team),
                user);
        ProjectDetails created = queries.get(id, user);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id))
                .body(ProjectJson.of(created, cpv.describe(created.cpvCodes(), locale)));
    }

    // ---- errors, as problem+json in the caller's language ----

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, Locale locale) {
        List<FieldErrorJson> errors = new ArrayList<>();
        invalid.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.add(new FieldErrorJson(error.getField(), messages.getMessage(error, locale))));
        return unprocessable(errors, locale);
    }

    @ExceptionHandler(ProjectInputRejected.class)
    ResponseEntity<ProblemDetail> rejected(ProjectInputRejected rejected, Locale locale) {
        return unprocessable(
                List.of(new FieldErrorJson(
                        rejected.field(), messages.getMessage(rejected.messageKey(), rejected.arguments(), locale))),
                locale);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception unreadable, Locale locale) {
        return ApiProblem.unreadable(messages, "projects.api.unreadable", locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied, Locale locale) {
        return ApiProblem.forbidden(messages, locale);
    }

    private ResponseEntity<ProblemDetail> unprocessable(List<FieldErrorJson> errors, Locale locale) {
        return ApiProblem.unprocessable(messages, "projects.api.invalid", errors, locale);
    }
}
