package no.innomotor.platform.web;

import no.innomotor.organisations.OidcLogin;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages anyone may read: the front page, what Innomotor is for, the accessibility statement and sign-in. */
@Controller
class PublicPages {

    private final OidcLogin oidcLogin;

    PublicPages(OidcLogin oidcLogin) {
        this.oidcLogin = oidcLogin;
    }

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/about")
    String about() {
        return "platform/about";
    }

    @GetMapping("/accessibility")
    String accessibility() {
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
