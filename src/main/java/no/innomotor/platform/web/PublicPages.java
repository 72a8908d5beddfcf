package no.innomotor.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.innomotor.organisations.OidcLogin;
import no.innomotor.platform.DemoDataProgress;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.work.InboxSummary;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages anyone may read: the front page, what Innomotor is for, the API in plain words, the accessibility
 * statement and sign-in. For a signed-in person the front page is "what needs you now": the items every module's
 * {@link PendingWork} finds for them, overdue first, and their latest inbox messages.
 */
@Controller
class PublicPages {

    static final int LATEST_MESSAGES = 5;

    private final OidcLogin oidcLogin;
    private final AccessibilityStatement accessibilityStatement;
    private final boolean swaggerUi;
    private final List<PendingWork> pendingWork;
    private final ObjectProvider<InboxSummary> inbox;
    private final Clock clock;
    private final DemoDataProgress demoData;

    PublicPages(
            OidcLogin oidcLogin,
            AccessibilityStatement accessibilityStatement,
            @Value("${springdoc.swagger-ui.enabled:false}") boolean swaggerUi,
            List<PendingWork> pendingWork,
            ObjectProvider<InboxSummary> inbox,
            Clock clock,
            DemoDataProgress demoData) {
        this.oidcLogin = oidcLogin;
        this.accessibilityStatement = accessibilityStatement;
        this.swaggerUi = swaggerUi;
        this.pendingWork = pendingWork;
        this.inbox = inbox;
        this.clock = clock;
        this.demoData = demoData;
    }

    @GetMapping("/")
    String home(
            HttpServletRequest request,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            Locale locale,
            Model model) {
        // Signing out lands on /?loggedOut (SecurityConfiguration): say so, unless someone has signed in since.
        model.addAttribute(
                "loggedOut", user == null && request.getParameterMap().containsKey("loggedOut"));
        model.addAttribute("work", user == null ? null : whatNeeds(user, locale));
        return "platform/home";
    }

    private WhatNeedsYou whatNeeds(CurrentUser user, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(NorwegianTime.ZONE));
        List<WorkItem> items = pendingWork.stream()
                .flatMap(provider -> provider.waitingFor(user).stream())
                .sorted(Comparator.comparing((WorkItem item) -> item.due() == null)
                        .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        InboxSummary messages = inbox.getIfAvailable();
        return messages == null
                ? new WhatNeedsYou(items, today, List.of(), 0)
                : new WhatNeedsYou(
                        items,
                        today,
                        messages.latest(user.personId(), locale, LATEST_MESSAGES),
                        messages.unread(user.personId()));
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
        model.addAttribute(
                "page",
                new LoginPage(
                        error != null,
                        locked != null,
                        oidcLogin.providers(),
                        Optional.ofNullable(OidcLogin.refusalMessageKey(oidc)),
                        demoData.settingUp()));
        return LoginPage.TEMPLATE;
    }
}
