package no.innomotor.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file above the servlet's upload limit never reaches the controller: the container refuses it while reading the
 * request. For a step's upload form this goes back to the step page, which shows the error next to the file field
 * in the person's language; nothing is stored. Anywhere else the platform's error page answers as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    static final String TOO_LARGE = "uploadTooLarge";

    private static final Pattern UPLOAD = Pattern.compile("^/projects/([0-9a-fA-F-]{36})/steps/([1-8])/documents$");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!upload.matches()) {
            throw tooLarge;
        }
        RequestContextUtils.getOutputFlashMap(request).put(TOO_LARGE, Boolean.TRUE);
        return "redirect:/projects/" + upload.group(1) + "/steps/" + upload.group(2) + "#documents";
    }
}
