package no.innomotor.notifications.web;

import java.util.UUID;
import no.innomotor.notifications.NotificationsManagement;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The record of sent mail, and in development (no SMTP) the mails themselves. */
@Controller
class OutboxPages {

    private final NotificationsManagement notifications;

    OutboxPages(NotificationsManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mails", notifications.sentMail(user, page));
        model.addAttribute("smtp", notifications.smtpConfigured());
        return "notifications/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String read(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mail", notifications.mail(id, user));
        return "notifications/mail";
    }
}
