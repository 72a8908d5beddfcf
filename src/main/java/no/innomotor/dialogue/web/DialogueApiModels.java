package no.innomotor.dialogue.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.dialogue.AnnouncementSummary;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.InputView;
import no.innomotor.dialogue.Participant;
import no.innomotor.dialogue.QuestionView;
import no.innomotor.dialogue.RegistrationView;
import no.innomotor.shared.CpvCode;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the market-dialogue API, version 1. Ids are plain strings; times are ISO 8601 instants. */
final class DialogueApiModels {

    private DialogueApiModels() {}

    @Schema(name = "CreateAnnouncement", description = "A draft announcement of a project in roadmap step 3 or later")
    record CreateAnnouncementRequest(
            @Schema(description = "Short title", example = "Markedsdialog: sensorer som varsler fall", maxLength = 200)
            @NotBlank(message = "{dialogue.form.title.required}")
            @Size(max = 200, message = "{dialogue.form.title.tooLong}")
            @Nullable
            String title,

            @Schema(description = "The need as a problem, not a solution", maxLength = 10_000)
            @NotBlank(message = "{dialogue.form.need.required}")
            @Size(max = 10_000, message = "{dialogue.form.need.tooLong}")
            @Nullable
            String need,

            @ArraySchema(schema = @Schema(description = "CPV 2008 code", example = "33195000"), maxItems = 20)
            @Size(max = 20, message = "{dialogue.form.cpv.tooMany}")
            @Nullable
            List<String> cpvCodes,

            @Schema(description = "NUTS code of the place of performance", example = "NO084")
            @NotBlank(message = "{dialogue.form.nuts.required}")
            @Nullable
            String nutsCode,

            @Schema(description = "Deadline for registering interest and asking", example = "2027-03-01T12:00:00Z")
            @Nullable
            Instant interestDeadline,

            @Schema(description = "First day of the one-to-one meetings", example = "2027-03-08") @Nullable
            LocalDate meetingsFrom,

            @Schema(description = "Last day of the one-to-one meetings", example = "2027-03-19") @Nullable
            LocalDate meetingsTo,

            @Schema(description = "Date of the dialogue conference", example = "2027-02-15") @Nullable
            LocalDate conferenceDate,

            @Schema(description = "Place, or online", example = "Bærum rådhus, Sandvika, og digitalt")
            @Size(max = 200, message = "{dialogue.form.place.tooLong}")
            @Nullable
            String place,

            @Schema(description = "Contact person", example = "Kari Innkjøper")
            @Size(max = 200, message = "{dialogue.form.contactName.tooLong}")
            @Nullable
            String contactName,

            @Schema(description = "Contact e-mail", example = "kari.innkjoper@baerum.kommune.no")
            @Email(message = "{dialogue.form.contactEmail.invalid}")
            @Size(max = 254, message = "{dialogue.form.contactEmail.invalid}")
            @Nullable
            String contactEmail) {}

    @Schema(name = "Registration", description = "The people who take part for the caller's company; may be empty")
    record RegistrationRequest(
            @ArraySchema(schema = @Schema(implementation = ParticipantJson.class)) @Nullable
            List<ParticipantJson> participants) {}

    @Schema(name = "Participant")
    record ParticipantJson(
            @Schema(example = "Sara Sensor") @Nullable String name,
            @Schema(example = "sara@sensorlab.no") @Nullable String email) {

        static ParticipantJson of(Participant p) {
            return new ParticipantJson(p.name(), p.email());
        }

        Participant toParticipant() {
            return new Participant(name == null ? "" : name, email == null ? "" : email);
        }
    }

    @Schema(name = "Text", description = "A question, written input or an answer")
    record TextRequest(
            @Schema(example = "Kan løsningen bruke kommunens eksisterende alarmmottak?", maxLength = 20_000) @Nullable
            String text) {}

    @Schema(name = "Announcement", description = "A market-dialogue announcement")
    record AnnouncementJson(
            @Schema(example = "5b0c7a52-7f3e-4f7a-9d0e-2f4b8c1e9a10")
            String id,

            @Schema(example = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
            String projectId,

            String title,
            String need,
            @Schema(example = "Bærum kommune") String buyer,
            @Schema(example = "PUBLISHED") String status,
            List<String> cpvCodes,
            @Schema(example = "NO084") String nutsCode,
            @Nullable Instant interestDeadline,
            @Nullable LocalDate meetingsFrom,
            @Nullable LocalDate meetingsTo,
            @Nullable LocalDate conferenceDate,
            @Nullable String place,
            @Nullable String contactName,
            @Nullable String contactEmail,
            @Nullable Instant publishedAt,

            @Schema(example = "/announcements/5b0c7a52-7f3e-4f7a-9d0e-2f4b8c1e9a10")
            String page,

            @ArraySchema(schema = @Schema(implementation = QuestionJson.class))
            List<QuestionJson> questions) {

        static AnnouncementJson of(AnnouncementView a, List<QuestionView> published) {
            return new AnnouncementJson(
                    a.id().toString(),
                    a.project().toString(),
                    a.facts().title(),
                    a.facts().need(),
                    a.organisationName(),
                    a.status().name(),
                    a.facts().cpvCodes().stream().map(CpvCode::value).toList(),
                    a.facts().nutsCode().value(),
                    a.facts().interestDeadline(),
                    a.facts().meetingsFrom(),
                    a.facts().meetingsTo(),
                    a.facts().conferenceDate(),
                    a.facts().place(),
                    a.facts().contactName(),
                    a.facts().contactEmail(),
                    a.publishedAt(),
                    a.path(),
                    published.stream().map(QuestionJson::of).toList());
        }
    }

    @Schema(name = "AnnouncementListItem")
    record AnnouncementListItem(
            String id,
            String title,
            String buyer,
            @Nullable Instant interestDeadline,
            @Nullable Instant publishedAt,
            String page) {

        static AnnouncementListItem of(AnnouncementSummary a) {
            return new AnnouncementListItem(
                    a.id().toString(),
                    a.title(),
                    a.organisationName(),
                    a.interestDeadline(),
                    a.publishedAt(),
                    a.path());
        }
    }

    @Schema(
            name = "Question",
            description = "A question; outside the buyer's team and the asking company only published ones are seen, "
                    + "and never who asked")
    record QuestionJson(
            String id,
            String announcementId,
            String text,
            Instant askedAt,
            @Schema(example = "ANSWERED") String state,
            @Nullable String mainQuestionId,
            @Nullable String answer,
            @Nullable Instant answeredAt,

            @Schema(description = "Asked by the caller's company")
            boolean own,

            @Schema(description = "The asking company: for the buyer's team only") @Nullable
            String askedBy) {

        static QuestionJson of(QuestionView q) {
            return new QuestionJson(
                    q.id().toString(),
                    q.announcement().toString(),
                    q.text(),
                    q.askedAt(),
                    q.state().name(),
                    q.mainQuestion().map(Object::toString).orElse(null),
                    q.answer().orElse(null),
                    q.answeredAt(),
                    q.own(),
                    q.askedBy().orElse(null));
        }
    }

    @Schema(name = "Input", description = "Confidential written input: the buyer's team and the sending company only")
    record InputJson(String id, String announcementId, String text, Instant sentAt, String company, String sender) {

        static InputJson of(InputView input) {
            return new InputJson(
                    input.id().toString(),
                    input.announcement().toString(),
                    input.text(),
                    input.sentAt(),
                    input.company(),
                    input.sender());
        }
    }

    @Schema(name = "RegistrationResult")
    record RegistrationJson(
            String announcementId, String company, Instant registeredAt, List<ParticipantJson> participants) {

        static RegistrationJson of(String announcement, RegistrationView r) {
            return new RegistrationJson(
                    announcement,
                    r.companyName(),
                    r.registeredAt(),
                    r.participants().stream().map(ParticipantJson::of).toList());
        }
    }

    @Schema(name = "FieldError")
    record FieldErrorJson(@Schema(example = "text") String field, String message) {}
}
