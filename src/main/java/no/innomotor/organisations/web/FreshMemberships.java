package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.innomotor.organisations.PersonAuthentication;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads the signed-in person's memberships again on every request, so that an organisation approved or rejected, or
 * a role granted, counts from the next page on — not only after the next sign-in. A person who no longer exists or
 * was disabled is signed out.
 */
class FreshMemberships implements HandlerInterceptor {

    private final PersonAuthentication people;
    private final SessionAuthentication session;

    FreshMemberships(PersonAuthentication people, SessionAuthentication session) {
        this.people = people;
        this.session = session;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof CurrentUser)) {
            return true;
        }
        Authentication fresh = people.refreshed(current);
        if (fresh == null) {
            session.signOut(request);
            response.sendRedirect(request.getContextPath() + "/login");
            return false;
        }
        if (fresh != current) {
            session.replace(fresh, request, response);
        }
        return true;
    }
}
