package no.innomotor.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The problem+json answers every module's API gives the same way, in the caller's language: a body that could not be
 * read (400), a command the caller may not give (403), and a body that breaks rules (422, with the broken fields in
 * {@code errors}). The detail of 400 and 422 is the module's own message key; the titles are the platform's.
 */
public final class ApiProblem {

    private ApiProblem() {}

    public static ResponseEntity<ProblemDetail> unreadable(MessageSource messages, String detailKey, Locale locale) {
        return answer(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(detailKey, null, locale),
                "error.400.title",
                messages,
                locale);
    }

    public static ResponseEntity<ProblemDetail> forbidden(MessageSource messages, Locale locale) {
        return answer(
                HttpStatus.FORBIDDEN,
                messages.getMessage("error.403.text", null, locale),
                "error.403.title",
                messages,
                locale);
    }

    /** {@code errors}: the module's own field-error records, one per broken field, as its OpenAPI schema names them. */
    public static ResponseEntity<ProblemDetail> unprocessable(
            MessageSource messages, String detailKey, List<?> errors, Locale locale) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(detailKey, null, locale),
                "error.422.title",
                messages,
                locale);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpStatus status, String detail, String titleKey, MessageSource messages, Locale locale) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, detail, titleKey, messages, locale));
    }

    private static ProblemDetail problem(
            HttpStatus status, String detail, String titleKey, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        return problem;
    }
}
