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
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts a person's authentication into their session: after registering, after accepting an invitation, on change. */
@Component
class SessionAuthentication {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final PersonAuthentication people;

    SessionAuthentication(PersonAuthentication people) {
        this.people = people;
    }

    /** Signs the person in, in a session with a new id (so a session id planted before cannot be used). */
    void signIn(PersonId person, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        store(people.signedIn(person), request, response);
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
