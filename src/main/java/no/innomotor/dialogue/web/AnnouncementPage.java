package no.innomotor.dialogue.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.AttachmentView;
import no.innomotor.dialogue.ConferenceView;
import no.innomotor.dialogue.DraftView;
import no.innomotor.dialogue.InputView;
import no.innomotor.dialogue.MatchmakingView;
import no.innomotor.dialogue.QuestionId;
import no.innomotor.dialogue.QuestionView;
import no.innomotor.dialogue.RegistrationView;
import no.innomotor.suppliers.AlertReach;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * The announcement's page (dialogue/announcement.jte), with what the reader may see of it: the questions and input
 * chosen for them by the service, the registrations and the alerts' reach for the team, and the forms that arrive with their errors
 * (a question, input, a registration, an answer to {@code answering}, and publishing), the matchmaking with its
 * form, the dialogue's files, conference and drafts, and the one-to-one meetings' section ({@code meetings},
 * dialogue/meetings.jte). {@code fragment}: an htmx request that answers the matchmaking section alone.
 */
public record AnnouncementPage(
        AnnouncementView announcement,
        List<String> cpv,
        String region,
        List<QuestionView> questions,
        List<InputView> inputs,
        List<RegistrationView> registrations,
        Optional<AlertReach> reach,
        TextForm questionForm,
        Errors questionErrors,
        InputForm inputForm,
        Errors inputErrors,
        RegistrationForm registrationForm,
        Errors registrationErrors,
        TextForm answerForm,
        Errors answerErrors,
        Optional<QuestionId> answering,
        Errors publishErrors,
        MatchmakingView matchmaking,
        MatchmakingForm matchmakingForm,
        Errors matchmakingErrors,
        List<AttachmentView> files,
        List<AttachmentView> inputFiles,
        Optional<ConferenceView> conference,
        List<DraftView> drafts,
        MeetingsSection meetings,
        boolean fragment) {

    static final String TEMPLATE = "dialogue/announcement";

    public AnnouncementPage {
        cpv = List.copyOf(cpv);
        questions = List.copyOf(questions);
        inputs = List.copyOf(inputs);
        registrations = List.copyOf(registrations);
        files = List.copyOf(files);
        inputFiles = List.copyOf(inputFiles);
        drafts = List.copyOf(drafts);
    }

    /** The files sent with one written input (only those the reader may read are in {@code inputFiles}). */
    public List<AttachmentView> inputFiles(InputView input) {
        return inputFiles.stream()
                .filter(file -> file.owner().equals(input.id().value()))
                .toList();
    }

    /** The questions another may be bundled into: the main questions, not yet answered or answered. */
    public List<QuestionView> mainQuestions(QuestionView except) {
        return questions.stream()
                .filter(q -> !q.duplicate() && !q.id().equals(except.id()))
                .toList();
    }

    public boolean answering(QuestionView question) {
        return answering.filter(question.id()::equals).isPresent();
    }

    /** The answer form's errors where that question's answer was refused; none under every other question. */
    public Errors answerErrors(QuestionView question) {
        return answering(question) ? answerErrors : new BeanPropertyBindingResult(new TextForm(), "answerForm");
    }

    public @Nullable String answerText(QuestionView question) {
        return answering(question) ? answerForm.getText() : null;
    }
}
