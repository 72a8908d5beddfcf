package no.innomotor.projects.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.MissingServletRequestParameterException;

/**
 * A request parameter a command needs, read as optional so that the person's right to act is checked first
 * ({@code ProjectsManagement.authorise}) and a missing value is only then a bad request (400).
 */
final class RequiredParameter {

    private RequiredParameter() {}

    static <T> T of(@Nullable T value, String name, String type) throws MissingServletRequestParameterException {
        if (value == null) {
            throw new MissingServletRequestParameterException(name, type);
        }
        return value;
    }
}
