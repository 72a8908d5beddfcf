package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.innomotor.organisations.PersonAuthentication;
import no.innomotor.shared.PersonId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts a person's authentication into their session: after registering, after accepting an invitation, on change. */
@Component
class SessionAuthentication {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final PersonAuthentication people;
    private final SessionRegistry sessions;

    SessionAuthentication(PersonAuthentication people, SessionRegistry sessions) {
        this.people = people;
        this.sessions = sessions;
    }

    /**
     * Signs the person in, in a session with a new id (so a session id planted before cannot be used), registered
     * like a sign-in on the login page (so a password change can end it).
     */
    void signIn(PersonId person, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        Authentication authentication = people.signedIn(person);
        store(authentication, request, response);
        sessions.registerNewSession(request.getSession().getId(), authentication.getPrincipal());
    }

    /** Replaces the current authentication, in the session when there is one, else for this request only. */
    void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null) {
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(authentication);
            holder.setContext(context);
        } else {
            store(authentication, request, response);
        }
    }

    void signOut(HttpServletRequest request) {
        holder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
