package no.innomotor.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import no.innomotor.platform.security.ContentSecurityPolicyFilter;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.NavigationItem;
import no.innomotor.shared.work.InboxSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@link Ui} into every page's model. */
@ControllerAdvice
class UiAdvice {

    private final MessageSource messages;
    private final List<NavigationItem> navigation;
    private final boolean demoMode;
    private final ObjectProvider<InboxSummary> inbox;
    private final Assets assets;

    UiAdvice(
            MessageSource messages,
            List<NavigationItem> navigation,
            @Value("${innomotor.demo.enabled:false}") boolean demoMode,
            ObjectProvider<InboxSummary> inbox,
            Assets assets) {
        this.inbox = inbox;
        this.assets = assets;
        this.messages = messages;
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.demoMode = demoMode;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return build(request, messages, navigation, demoMode, inbox.getIfAvailable(), assets::url);
    }

    static Ui build(
            HttpServletRequest request,
            MessageSource messages,
            List<NavigationItem> navigation,
            boolean demoMode,
            @Nullable InboxSummary inbox,
            UnaryOperator<String> assets) {
        CurrentUser user = currentUser();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<Ui.NavLink> links = navigation.stream()
                .filter(item -> item.visibleTo().test(user))
                .map(item -> new Ui.NavLink(
                        item.path(),
                        messages.getMessage(
                                item.messageKey(), null, item.messageKey(), LocaleContextHolder.getLocale()),
                        path.equals(item.path()) || (!"/".equals(item.path()) && path.startsWith(item.path() + "/"))))
                .toList();
        Object nonce = request.getAttribute(ContentSecurityPolicyFilter.NONCE_ATTRIBUTE);
        return new Ui(
                messages,
                LocaleContextHolder.getLocale(),
                user,
                links,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                nonce == null ? "" : nonce.toString(),
                path.isEmpty() ? "/" : path,
                request.getQueryString(),
                demoMode,
                user == null || inbox == null ? null : () -> inbox.unread(user.personId()),
                assets);
    }

    static @Nullable CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null;
    }
}
