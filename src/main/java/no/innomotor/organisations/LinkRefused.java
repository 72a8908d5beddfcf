package no.innomotor.organisations;

import java.io.Serial;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** Linking a sign-in identity was refused; the code tells the profile page why ({@link OidcLogin}). */
final class LinkRefused extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    LinkRefused(String code) {
        super(new OAuth2Error(code));
    }
}
