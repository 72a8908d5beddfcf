package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.innomotor.organisations.AccountsManagement;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * When a signed-in person switches language (?lang=nb|nn|en), the choice is kept with their account too, so that
 * mail and other messages written to them later are in that language. The page's own language is the locale
 * resolver's business (a cookie); this only remembers it for what is sent.
 */
class LanguageChoice implements HandlerInterceptor {

    private final AccountsManagement accounts;

    LanguageChoice(AccountsManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            accounts.chooseLanguage(user.personId(), lang);
        }
        return true;
    }
}
