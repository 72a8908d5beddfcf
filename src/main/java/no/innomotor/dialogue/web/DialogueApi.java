package no.innomotor.dialogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innomotor.dialogue.AnnouncementFacts;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.AnnouncementInputRejected;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.dialogue.InputId;
import no.innomotor.dialogue.QuestionId;
import no.innomotor.dialogue.QuestionView;
import no.innomotor.dialogue.web.DialogueApiModels.AnnouncementJson;
import no.innomotor.dialogue.web.DialogueApiModels.AnnouncementListItem;
import no.innomotor.dialogue.web.DialogueApiModels.CreateAnnouncementRequest;
import no.innomotor.dialogue.web.DialogueApiModels.FieldErrorJson;
import no.innomotor.dialogue.web.DialogueApiModels.InputJson;
import no.innomotor.dialogue.web.DialogueApiModels.ParticipantJson;
import no.innomotor.dialogue.web.DialogueApiModels.QuestionJson;
import no.innomotor.dialogue.web.DialogueApiModels.RegistrationJson;
import no.innomotor.dialogue.web.DialogueApiModels.RegistrationRequest;
import no.innomotor.dialogue.web.DialogueApiModels.TextRequest;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.web.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The market-dialogue API, version 1, with the pages' rules: published announcements and published answers are
 * public; the buyer's team drafts, publishes and answers; a supplier registers, asks and sends input for its company
 * and reads only its own questions and input besides the published answers. Every command checks the caller's right
 * before it reads the body. Errors are problem+json in the caller's language (?lang=nb|nn|en).
 */
@RestController
@RequestMapping(
        path = "/api/v1",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Market dialogue", description = "Announcements, registrations, questions and written input")
class DialogueApi {

    private final DialogueManagement dialogue;
    private final DialogueQueries queries;
    private final CpvCatalogue cpv;
    private final Validator validator;
    private final MessageSource messages;

    DialogueApi(
            DialogueManagement dialogue,
            DialogueQueries queries,
            CpvCatalogue cpv,
            Validator validator,
            MessageSource messages) {
        this.dialogue = dialogue;
        this.queries = queries;
        this.cpv = cpv;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/announcements")
    @Operation(summary = "List published announcements", description = "Every published announcement, newest first.")
    @ApiResponse(responseCode = "200", description = "The announcements")
    List<AnnouncementListItem> list() {
        return queries.published().stream().map(AnnouncementListItem::of).toList();
    }

    @GetMapping("/announcements/{id}")
    @Operation(
            summary = "Read one announcement",
            description = "A published announcement with its published questions and answers; a draft only for "
                    + "the buyer's team.")
    @ApiResponse(responseCode = "200", description = "The announcement")
    @ApiResponse(
            responseCode = "404",
            description = "No such announcement, or a draft",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    AnnouncementJson read(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @Parameter(description = "Announcement id") @PathVariable AnnouncementId id) {
        return json(queries.announcement(id, user), user);
    }

    @SecurityRequirement(name = "bearerToken")
    @PostMapping(path = "/projects/{projectId}/announcements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Draft an announcement",
            description = "A buyer of the project's organisation drafts an announcement, from roadmap step 3 on.")
    @ApiResponse(responseCode = "201", description = "Drafted; Location names it")
    @ApiResponse(responseCode = "404", description = "No such project, or not the caller's", content = @Content)
    @ApiResponse(
            responseCode = "422",
            description = "Refused input; errors lists each field",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> draft(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Project id") @PathVariable ProjectId projectId,
            @RequestBody CreateAnnouncementRequest body,
            Locale locale) {
        dialogue.authoriseDraft(projectId, user);
        List<FieldErrorJson> errors = violations(body);
        List<CpvCode> codes = new ArrayList<>();
        if (body.cpvCodes() != null) {
            for (String code : body.cpvCodes()) {
                cpv.find(code == null ? "" : code)
                        .ifPresentOrElse(
                                entry -> codes.add(entry.code()),
                                () -> errors.add(new FieldErrorJson(
                                        "cpvCodes",
                                        messages.getMessage(
                                                "dialogue.form.cpv.unknown", new Object[] {code}, locale))));
            }
        }
        NutsCode nuts =
                body.nutsCode() == null ? null : NutsCode.parse(body.nutsCode()).orElse(null);
        if (nuts == null && body.nutsCode() != null) {
            errors.add(
                    new FieldErrorJson("nutsCode", messages.getMessage("dialogue.form.nuts.required", null, locale)));
        }
        if (!errors.isEmpty() || nuts == null) {
            return unprocessable(errors, locale);
        }
        AnnouncementId id = dialogue.draft(
                projectId,
                new AnnouncementFacts(
                        java.util.Objects.requireNonNull(body.title()).strip(),
                        java.util.Objects.requireNonNull(body.need()).strip(),
                        codes,
                        nuts,
                        body.interestDeadline(),
                        body.meetingsFrom(),
                        body.meetingsTo(),
                        body.conferenceDate(),
                        body.place(),
                        body.contactName(),
                        body.contactEmail()),
                user);
        return ResponseEntity.created(URI.create("/api/v1/announcements/" + id))
                .body(json(queries.announcement(id, user), user));
    }

    @SecurityRequirement(name = "bearerToken")
    @PostMapping("/announcements/{id}/publish")
    @Operation(
            summary = "Publish a draft",
            description = "Publishes the draft as it stands: it needs a future interest deadline, a need, a CPV "
                    + "code and a contact. It then has a public page and is in the opportunity list and feed.")
    @ApiResponse(responseCode = "200", description = "Published")
    @ApiResponse(responseCode = "409", description = "Not a draft", content = @Content)
    @ApiResponse(responseCode = "422", description = "Not complete enough to publish", content = @Content)
    AnnouncementJson publish(@AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id) {
        dialogue.publish(id, user);
        return json(queries.announcement(id, user), user);
    }

    @SecurityRequirement(name = "bearerToken")
    @PostMapping(path = "/announcements/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Register interest",
            description = "Registers the caller's company, with the people who take part (may be empty), until the "
                    + "interest deadline; once per company.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "409", description = "Registered already", content = @Content)
    @ApiResponse(
            responseCode = "422",
            description = "Deadline passed, or a participant without name or e-mail",
            content = @Content)
    ResponseEntity<RegistrationJson> register(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @RequestBody RegistrationRequest body) {
        dialogue.authoriseSupplier(id, user);
        List<ParticipantJson> people = body.participants() == null ? List.of() : body.participants();
        dialogue.register(
                id, people.stream().map(ParticipantJson::toParticipant).toList(), user);
        AnnouncementView view = queries.announcement(id, user);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(RegistrationJson.of(id.toString(), view.registration().orElseThrow()));
    }

    @SecurityRequirement(name = "bearerToken")
    @PostMapping(path = "/announcements/{id}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Ask a question",
            description = "A registered company asks, privately, until the interest deadline. Nobody but the "
                    + "buyer's team and the company sees it until its answer is published to all.")
    @ApiResponse(responseCode = "201", description = "Asked")
    @ApiResponse(responseCode = "422", description = "Not registered, deadline passed, or no text", content = @Content)
    ResponseEntity<QuestionJson> ask(
            @AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, @RequestBody TextRequest body) {
        dialogue.authoriseSupplier(id, user);
        QuestionId asked = dialogue.ask(id, text(body), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(question(id, asked, user));
    }

    @GetMapping("/announcements/{id}/questions")
    @Operation(
            summary = "The questions the caller may see",
            description = "The buyer's team sees all, with the asking company; a supplier its own and the published "
                    + "ones; anyone else the published ones, never who asked.")
    List<QuestionJson> questions(@AuthenticationPrincipal @Nullable CurrentUser user, @PathVariable AnnouncementId id) {
        return queries.questions(id, user).stream().map(QuestionJson::of).toList();
    }

    @SecurityRequirement(name = "bearerToken")
    @PostMapping(path = "/announcements/{id}/inputs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Send written input",
            description =
                    "Confidential input from a registered company: only the buyer's team and the company read it.")
    @ApiResponse(responseCode = "201", description = "Sent")
    @ApiResponse(responseCode = "422", description = "Not registered, or no text", content = @Content)
    ResponseEntity<InputJson> sendInput(
            @AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, @RequestBody TextRequest body) {
        dialogue.authoriseSupplier(id, user);
        InputId sent = dialogue.sendInput(id, text(body), user);
        InputJson json = queries.inputs(id, user).stream()
                .filter(input -> input.id().equals(sent))
                .map(InputJson::of)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(json);
    }

    @SecurityRequirement(name = "bearerToken")
    @GetMapping("/announcements/{id}/inputs")
    @Operation(
            summary = "The written input the caller may read",
            description = "The buyer's team reads all, a supplier its own company's; anyone else gets an empty list.")
    List<InputJson> inputs(@AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id) {
        return queries.inputs(id, user).stream().map(InputJson::of).toList();
    }

    @SecurityRequirement(name = "bearerToken")
    @PostMapping(path = "/questions/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Publish an answer",
            description = "The buyer's team answers: the question and answer appear on the public page, the asker "
                    + "left out, and every registered supplier is told at the same moment. Duplicates are answered "
                    + "with it.")
    @ApiResponse(responseCode = "200", description = "Answered")
    @ApiResponse(responseCode = "409", description = "Answered already", content = @Content)
    QuestionJson answer(
            @AuthenticationPrincipal CurrentUser user, @PathVariable QuestionId id, @RequestBody TextRequest body) {
        dialogue.authoriseTeam(id, user);
        AnnouncementId announcement = dialogue.answer(id, text(body), user);
        return question(announcement, id, user);
    }

    // ---- helpers ----

    private AnnouncementJson json(AnnouncementView view, @Nullable CurrentUser user) {
        List<QuestionView> published = queries.questions(view.id(), user).stream()
                .filter(q -> q.answered() && !q.duplicate())
                .toList();
        return AnnouncementJson.of(view, published);
    }

    private QuestionJson question(AnnouncementId announcement, QuestionId id, CurrentUser user) {
        return queries.questions(announcement, user).stream()
                .filter(q -> q.id().equals(id))
                .map(QuestionJson::of)
                .findFirst()
                .orElseThrow();
    }

    private static String text(TextRequest body) {
        return body.text() == null ? "" : body.text();
    }

    private List<FieldErrorJson> violations(Object body) {
        List<FieldErrorJson> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(body)) {
            errors.add(new FieldErrorJson(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(FieldErrorJson::field));
        return errors;
    }

    // ---- errors, as problem+json in the caller's language ----

    @ExceptionHandler(AnnouncementInputRejected.class)
    ResponseEntity<ProblemDetail> rejected(AnnouncementInputRejected rejected, Locale locale) {
        return unprocessable(
                List.of(new FieldErrorJson(
                        rejected.field(), messages.getMessage(rejected.messageKey(), rejected.arguments(), locale))),
                locale);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception unreadable, Locale locale) {
        return ApiProblem.unreadable(messages, "dialogue.api.unreadable", locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied, Locale locale) {
        return ApiProblem.forbidden(messages, locale);
    }

    private ResponseEntity<ProblemDetail> unprocessable(List<FieldErrorJson> errors, Locale locale) {
        return ApiProblem.unprocessable(messages, "dialogue.api.invalid", errors, locale);
    }
}
