package no.innomotor.dialogue.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.dialogue.DialogueAttachments;
import no.innomotor.shared.UploadReturn;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A dialogue upload above the size limit comes back as an error next to its file field, not as a bare 413 from the
 * container (which refuses the body the first time a parameter is read, in the CSRF check, before any controller).
 * As for a project's documents: a filter in front of everything sends an upload whose declared length is above the
 * limit back to its form page with {@code ?upload=tooLarge}, and the platform's upload error handling does the same
 * for a body without a declared length. Nothing is parsed and nothing stored.
 */
@Configuration(proxyBeanMethods = false)
class DialogueUploadLimit {

    static final String TOO_LARGE = "tooLarge";

    private static final String ID = "([0-9a-fA-F-]{36})";
    private static final Pattern UPLOAD =
            Pattern.compile("^/announcements/" + ID + "/(attachments|inputs|conference/material|drafts)$");

    /** Read and thrown away before answering, so browsers see the answer instead of a reset connection. */
    private static final long DRAIN_AT_MOST = 32L * 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> dialogueUploadSizeFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new SizeFilter());
        registration.addUrlPatterns("/announcements/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    UploadReturn dialogueFormAfterTooLargeUpload() {
        return request -> Optional.ofNullable(formPage(request));
    }

    /** The form page of the upload (path and query, without the context path); null for any other request. */
    static @Nullable String formPage(HttpServletRequest request) {
        Matcher upload = UPLOAD.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!upload.matches()) {
            return null;
        }
        String base = "/announcements/" + upload.group(1);
        String query = "?upload=" + TOO_LARGE;
        return switch (upload.group(2)) {
            case "attachments" -> base + "/attachments" + query;
            case "inputs" -> base + query + "#inputs";
            case "conference/material" -> base + "/conference" + query + "#material";
            default -> base + "/drafts/new" + query;
        };
    }

    static final class SizeFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || formPage(request) == null;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() <= DialogueAttachments.MAX_BYTES) {
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() <= DRAIN_AT_MOST) {
                try (InputStream body = request.getInputStream()) {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + formPage(request));
        }
    }
}
