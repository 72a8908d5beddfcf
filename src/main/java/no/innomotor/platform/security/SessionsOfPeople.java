package no.innomotor.platform.security;

import jakarta.servlet.http.HttpSession;
import no.innomotor.organisations.OrganisationEvents.PasswordChanged;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's other sessions when their password changes — through a reset link or on their profile page — so
 * that whoever knew the old password, or holds a session opened with it, is signed out on their next request (and
 * sent to {@link #ENDED_PAGE}). The session the change was made in stays.
 */
@Component
class SessionsOfPeople {

    /** Where a session ended this way is sent on its next request. */
    static final String ENDED_PAGE = "/signed-out";

    private static final Logger log = LoggerFactory.getLogger(SessionsOfPeople.class);

    private final SessionRegistry registry;

    SessionsOfPeople(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(PasswordChanged event) {
        int ended = endSessionsOf(event.person(), currentSessionId());
        if (ended > 0) {
            log.info("Password of {} changed: {} other session(s) ended", event.person(), ended);
        }
    }

    /** Marks every session of the person but {@code keep} as expired; returns how many. */
    int endSessionsOf(PersonId person, @Nullable String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof CurrentUser user && user.personId().equals(person)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keep)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
