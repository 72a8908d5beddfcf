package no.innomotor.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages anyone may read: the front page, what Innomotor is for, the accessibility statement and sign-in. */
@Controller
class PublicPages {

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
    String login(@RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String locked,
            Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("locked", locked != null);
        return "platform/login";
    }
}
