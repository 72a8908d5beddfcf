package no.innomotor.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error the container sees (404 for unknown paths, 403, 500 …) as a page in the user's language.
 * It shows the status and a plain explanation, never an exception message or stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final UiAdvice ui;

    ErrorPages(UiAdvice ui) {
        this.ui = ui;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Without a status the container did not forward here: someone asked for /error itself.
        int status = code instanceof Integer i ? i : 400;
        HttpStatus resolved = HttpStatus.resolve(status);
        return page(request, resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved, null, new Object[0]);
    }

    ModelAndView page(
            HttpServletRequest request,
            HttpStatus status,
            @org.jspecify.annotations.Nullable String messageKey,
            Object[] args) {
        int shown = switch (status.value()) {
            case 400, 403, 404, 409, 413, 422 -> status.value();
            default -> status.is4xxClientError() ? 400 : 500;
        };
        ModelAndView mav = new ModelAndView(
                "error",
                Map.of(
                        "ui",
                        ui.ui(request),
                        "status",
                        shown,
                        "messageKey",
                        messageKey == null ? "error." + shown + ".text" : messageKey,
                        "args",
                        args));
        mav.setStatus(status);
        return mav;
    }
}
