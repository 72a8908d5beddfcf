package no.innomotor.notifications.web;

import java.util.Locale;
import java.util.UUID;
import no.innomotor.notifications.InboxManagement;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's inbox: their messages, newest first; following one marks it read. */
@Controller
class InboxPages {

    private final InboxManagement inbox;

    InboxPages(InboxManagement inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String list(
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model) {
        model.addAttribute("messages", inbox.inbox(user, page, locale));
        return "notifications/inbox";
    }

    /** Marks the message read and goes where it leads; a message with no link of its own stays in the inbox. */
    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        String link = inbox.read(id, user);
        return "redirect:" + (link == null || !link.startsWith("/") || link.startsWith("//") ? "/inbox" : link);
    }

    @PostMapping("/inbox/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        inbox.readAll(user);
        redirect.addFlashAttribute("flash", "notifications.inbox.allRead");
        return "redirect:/inbox";
    }
}
