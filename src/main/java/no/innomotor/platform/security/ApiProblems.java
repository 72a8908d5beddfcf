package no.innomotor.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import no.innomotor.platform.web.SupportedLanguagesOnly;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Denials at URL level under /api (and for the metrics scraper) answer as the rest of the API does: problem+json in the
 * caller's language, never the HTML error page and never a redirect to the login page. A 401 names the Bearer scheme
 * (RFC 6750); a refused token says why in the same header.
 */
@Component
class ApiProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, ex) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"innomotor\"");
            write(request, response, HttpStatus.UNAUTHORIZED);
        };
    }

    /** An access token that is unknown, expired, revoked, or whose account is locked. */
    void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"innomotor\", error=\"invalid_token\"");
        write(request, response, HttpStatus.UNAUTHORIZED);
    }

    /** A read-only access token on a request that would change something. */
    void insufficientScope(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"innomotor\", error=\"insufficient_scope\"");
        write(request, response, HttpStatus.FORBIDDEN);
    }

    /** The client address is locked after too many failed attempts. */
    void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS);
    }

    /** A JSON body over the API's size limit ({@code limitKilobytes}, said in the detail). */
    void payloadTooLarge(HttpServletRequest request, HttpServletResponse response, long limitKilobytes)
            throws IOException {
        write(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.413.json", limitKilobytes);
    }

    AccessDeniedHandler forbidden() {
        return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        write(request, response, status, "error." + status.value());
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, Object... args)
            throws IOException {
        // The language switch (?lang=) is an MVC interceptor, which a denial before the controller never reaches.
        String lang = request.getParameter("lang");
        Locale locale = lang != null && SupportedLanguagesOnly.SUPPORTED.contains(lang)
                ? Locale.forLanguageTag(lang)
                : locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(code + ".text", args, status.getReasonPhrase(), locale));
        problem.setTitle(messages.getMessage(code + ".title", null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
