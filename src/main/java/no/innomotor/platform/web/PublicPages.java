package no.innomotor.platform.web;

import no.innomotor.organisations.OidcLogin;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages anyone may read: the front page, what Innomotor is for, the API in plain words, the accessibility
 * statement and sign-in.
 */
@Controller
class PublicPages {

    private final OidcLogin oidcLogin;
    private final AccessibilityStatement accessibilityStatement;
    private final boolean swaggerUi;

    PublicPages(
            OidcLogin oidcLogin,
            AccessibilityStatement accessibilityStatement,
            @Value("${springdoc.swagger-ui.enabled:false}") boolean swaggerUi) {
        this.oidcLogin = oidcLogin;
        this.accessibilityStatement = accessibilityStatement;
        this.swaggerUi = swaggerUi;
    }

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/about")
    String about() {
        return "platform/about";
    }

    /** What the API offers, for people: the footer links here rather than to the raw OpenAPI document. */
    @GetMapping("/about/api")
    String api(Model model) {
        model.addAttribute("swaggerUi", swaggerUi);
        return "platform/api";
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("statement", accessibilityStatement);
        return "platform/accessibility";
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String locked,
            @RequestParam(required = false) @Nullable String oidc,
            Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("providers", oidcLogin.providers());
        model.addAttribute("oidcRefusal", OidcLogin.refusalMessageKey(oidc));
        return "platform/login";
    }
}
