package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.organisations.AccessTokenExpiryNotAllowed;
import no.innomotor.organisations.AccessTokenNameNotAllowed;
import no.innomotor.organisations.AccessTokensManagement;
import no.innomotor.organisations.AccountsManagement;
import no.innomotor.organisations.CreatedAccessToken;
import no.innomotor.organisations.CurrentPasswordWrong;
import no.innomotor.organisations.IdentityAlreadyLinked;
import no.innomotor.organisations.IdentityLinking;
import no.innomotor.organisations.OidcLogin;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PasswordNotAccepted;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.organisations.TooManyAccessTokens;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own page: who they are, their organisations and roles, how they sign in (linked
 * OpenID Connect identities, to link and unlink), a password change, and personal access tokens for the API (the
 * secret shown once, right after creating, through a flash attribute; never again). Also the page a session ended by a password
 * change is sent to.
 */
@Controller
class ProfilePages {

    private static final List<String> PASSWORD_FIELDS = List.of("currentPassword", "password", "passwordConfirm");
    private static final List<String> TOKEN_FIELDS = List.of("tokenName", "scope", "validForDays");

    /** The flash attribute that carries a new token's secret to the one page that shows it. */
    static final String CREATED_TOKEN = "createdToken";

    private final OrganisationsManagement organisations;
    private final AccountsManagement accounts;
    private final IdentityLinking linking;
    private final AccessTokensManagement tokens;

    ProfilePages(
            OrganisationsManagement organisations,
            AccountsManagement accounts,
            IdentityLinking linking,
            AccessTokensManagement tokens) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.linking = linking;
        this.tokens = tokens;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(model, user, passwordForm(), tokenForm(new AccessTokenForm()));
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ChangePasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Passwords.check(form.getPassword(), form.getPasswordConfirm(), errors);
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(
                        user.personId(),
                        java.util.Objects.requireNonNull(form.getCurrentPassword()),
                        java.util.Objects.requireNonNull(form.getPassword()));
                redirect.addFlashAttribute(OidcLogin.FLASH, "organisations.profile.password.done");
                return "redirect:/profile";
            } catch (CurrentPasswordWrong e) {
                errors.rejectValue("currentPassword", e.messageKey());
            } catch (PasswordNotAccepted e) {
                errors.rejectValue("password", e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, user, FieldOrder.sorted(errors, PASSWORD_FIELDS), tokenForm(new AccessTokenForm()));
    }

    @PostMapping("/profile/tokens")
    String createToken(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("tokenForm") AccessTokenForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                CreatedAccessToken created = tokens.create(user.personId(), form.toCommand());
                redirect.addFlashAttribute(CREATED_TOKEN, created);
                return "redirect:/profile#access-tokens";
            } catch (TooManyAccessTokens e) {
                errors.rejectValue("tokenName", e.messageKey(), e.arguments(), null);
            } catch (AccessTokenNameNotAllowed e) {
                errors.rejectValue("tokenName", e.messageKey());
            } catch (AccessTokenExpiryNotAllowed e) {
                errors.rejectValue("validForDays", e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, user, passwordForm(), FieldOrder.sorted(errors, TOKEN_FIELDS));
    }

    /** Revokes one of the person's own tokens; another person's, or one already revoked, is not found (404). */
    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        tokens.revoke(user.personId(), id);
        redirect.addFlashAttribute(OidcLogin.FLASH, "organisations.tokens.revoked");
        return "redirect:/profile#access-tokens";
    }

    /** Starts linking a provider: the person signs in there, and comes back to this page. */
    @PostMapping("/profile/link/{registrationId}")
    String link(
            @PathVariable String registrationId,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            return "redirect:" + linking.start(user, registrationId, request);
        } catch (IdentityAlreadyLinked e) {
            redirect.addFlashAttribute(OidcLogin.PROBLEM, e.messageKey());
            return "redirect:/profile";
        }
    }

    @PostMapping("/profile/identities/{id}/unlink")
    String unlink(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        linking.unlink(id, user);
        redirect.addFlashAttribute(OidcLogin.FLASH, "organisations.profile.unlink.done");
        return "redirect:/profile";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "organisations/signedOut";
    }

    private static BindingResult passwordForm() {
        return new BeanPropertyBindingResult(new ChangePasswordForm(), "form");
    }

    private static BindingResult tokenForm(AccessTokenForm form) {
        return new BeanPropertyBindingResult(form, "tokenForm");
    }

    private String page(Model model, CurrentUser user, BindingResult errors, BindingResult tokenErrors) {
        PersonSummary person = organisations.findPerson(user.personId()).orElseThrow();
        // a token just created comes back from the redirect as a flash attribute
        Optional<CreatedAccessToken> created =
                Optional.ofNullable((CreatedAccessToken) model.getAttribute(CREATED_TOKEN));
        model.addAttribute(
                "page",
                new ProfilePage(
                        person,
                        user.memberships(),
                        linking.linkedTo(user.personId()),
                        linking.linkable(user.personId()),
                        accounts.hasPassword(user.personId()),
                        errors,
                        tokens.tokensOf(user.personId()),
                        (AccessTokenForm) java.util.Objects.requireNonNull(tokenErrors.getTarget()),
                        tokenErrors,
                        AccessTokensManagement.VALID_FOR_DAYS,
                        created));
        return ProfilePage.TEMPLATE;
    }
}
