package no.innomotor.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Where an upload that was too large goes back to, for the URLs of one module: a module whose form shows the error
 * next to its upload field contributes one as a bean (the step page, for a project document). The platform answers
 * every other oversized upload with its own 413 page.
 */
@FunctionalInterface
public interface UploadReturn {

    /** The page (path with query) to send the person back to, or empty if the request is not this module's upload. */
    Optional<String> pageFor(HttpServletRequest request);
}
