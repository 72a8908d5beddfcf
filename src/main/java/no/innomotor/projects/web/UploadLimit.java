package no.innomotor.projects.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.projects.ProjectDocuments;
import no.innomotor.shared.UploadReturn;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A document above the size limit must come back as an error next to the upload field, not as a bare 413 from the
 * container. The container parses a multipart body the first time anything reads a parameter (the CSRF check
 * does, before any controller), and refuses an oversized one there. So a filter in front of everything answers an
 * upload whose declared length is above the limit by sending the person back to the step page, which shows the
 * error; nothing is parsed and nothing stored. The advice catches what still gets through (a body without a
 * declared length).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

    static final String TOO_LARGE = "tooLarge";

    private static final Pattern UPLOAD = Pattern.compile("^/projects/([0-9a-fA-F-]{36})/steps/([1-8])/documents$");

    /** Read and thrown away before answering, so browsers see the answer instead of a reset connection. */
    private static final long DRAIN_AT_MOST = 32L * 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> projectUploadSizeFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new SizeFilter());
        registration.addUrlPatterns("/projects/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** Where the person goes back to: the step page, flagged to show the error at the upload field. */
    static @Nullable String stepPage(HttpServletRequest request) {
        Matcher upload = UPLOAD.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        return upload.matches()
                ? request.getContextPath() + "/projects/" + upload.group(1) + "/steps/" + upload.group(2) + "?upload="
                        + TOO_LARGE + "#documents"
                : null;
    }

    static final class SizeFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || stepPage(request) == null;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() <= ProjectDocuments.MAX_DOCUMENT_BYTES) {
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() <= DRAIN_AT_MOST) {
                try (InputStream body = request.getInputStream()) {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", stepPage(request));
        }
    }

    /**
     * The container refused the body after all (no declared length, so the filter could not tell): the platform's
     * upload error handling sends the person back to the step page as well.
     */
    @Bean
    UploadReturn stepPageAfterTooLargeUpload() {
        return request -> {
            String page = stepPage(request);
            return page == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            page.substring(request.getContextPath().length()));
        };
    }
}
