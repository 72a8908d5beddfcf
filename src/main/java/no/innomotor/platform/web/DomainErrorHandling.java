package no.innomotor.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.UploadReturn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Turns domain exceptions into the right status — not found 404, conflict 409, broken rule 422 — as a page in the
 * user's language, or as problem+json under /api. The exception's own message goes to the log only.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DomainErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(DomainErrorHandling.class);

    private final ErrorPages pages;
    private final MessageSource messages;
    private final List<UploadReturn> uploadReturns;

    DomainErrorHandling(ErrorPages pages, MessageSource messages, List<UploadReturn> uploadReturns) {
        this.pages = pages;
        this.messages = messages;
        this.uploadReturns = uploadReturns;
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException ex, HttpServletRequest request) {
        HttpStatus status = ex instanceof DomainException.NotFound
                ? HttpStatus.NOT_FOUND
                : ex instanceof DomainException.Conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        log.info("{} on {}: {}", status.value(), request.getRequestURI(), ex.getMessage());
        return respond(request, status, ex.messageKey(), ex.arguments());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object concurrentEdit(OptimisticLockingFailureException ex, HttpServletRequest request) {
        log.info("409 on {}: concurrent edit", request.getRequestURI());
        return respond(request, HttpStatus.CONFLICT, "error.409.text", new Object[0]);
    }

    /** A malformed id in a path is the same as an unknown one. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badPathValue(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "error.404.text", new Object[0]);
    }

    /** An upload over the size limit is 413; a multipart body the container cannot parse is a bad request. */
    @ExceptionHandler(MultipartException.class)
    Object badUpload(MultipartException ex, HttpServletRequest request) {
        HttpStatus status =
                ex instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            // A module whose form shows the error at its upload field takes the person back there.
            for (UploadReturn upload : uploadReturns) {
                var page = upload.pageFor(request);
                if (page.isPresent()) {
                    log.info("413 on {}: back to the form", request.getRequestURI());
                    return "redirect:" + page.get();
                }
            }
        }
        log.info("{} on {}: unreadable upload", status.value(), request.getRequestURI());
        return respond(request, status, "error." + status.value() + ".text", new Object[0]);
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String key, Object[] args) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale locale = LocaleContextHolder.getLocale();
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale));
            problem.setTitle(
                    messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale));
            return ResponseEntity.status(status).body(problem);
        }
        return pages.page(request, status, key, args);
    }
}
