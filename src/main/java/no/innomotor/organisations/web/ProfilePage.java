package no.innomotor.organisations.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.organisations.AccessTokenSummary;
import no.innomotor.organisations.CreatedAccessToken;
import no.innomotor.organisations.LinkedIdentitySummary;
import no.innomotor.organisations.OidcLogin;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.security.Membership;
import org.springframework.validation.Errors;

/**
 * The person's own profile (organisations/profile.jte): who they are, their memberships, linked and linkable sign-in
 * providers, the password form's errors, their access tokens with the new-token form, and a token just created (its
 * secret shown this once).
 */
public record ProfilePage(
        PersonSummary person,
        List<Membership> memberships,
        List<LinkedIdentitySummary> identities,
        List<OidcLogin.Provider> linkable,
        boolean hasPassword,
        Errors passwordErrors,
        List<AccessTokenSummary> tokens,
        AccessTokenForm tokenForm,
        Errors tokenErrors,
        List<Integer> tokenValidForDays,
        Optional<CreatedAccessToken> createdToken) {

    static final String TEMPLATE = "organisations/profile";
}
