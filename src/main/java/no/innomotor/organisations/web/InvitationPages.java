package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import no.innomotor.organisations.EmailAlreadyRegistered;
import no.innomotor.organisations.InvitationForSomeoneElse;
import no.innomotor.organisations.InvitationNotValid;
import no.innomotor.organisations.InvitationView;
import no.innomotor.organisations.InvitationsManagement;
import no.innomotor.organisations.PersonAuthentication;
import no.innomotor.organisations.RoleForOneself;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
 * The page an invitation link opens. A person without an account creates one here (name and password); a person
 * with one signs in and accepts. Unknown, expired and used links all get the same page (404), so a link reveals
 * nothing about other invitations.
 */
@Controller
class InvitationPages {

    private final InvitationsManagement invitations;
    private final PersonAuthentication people;
    private final SessionAuthentication session;

    InvitationPages(InvitationsManagement invitations, PersonAuthentication people, SessionAuthentication session) {
        this.invitations = invitations;
        this.people = people;
        this.session = session;
    }

    @GetMapping("/invitations/{token}")
    String show(
            @PathVariable String token,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            Model model,
            HttpServletResponse response) {
        Optional<InvitationView> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return notValid(response);
        }
        NewAccountForm form = new NewAccountForm();
        return page(model, token, invitation.get(), user, form, new BeanPropertyBindingResult(form, "form"));
    }

    /** Reached through the login page: the URL rule sends the person to sign in, then back to the invitation. */
    @GetMapping("/invitations/{token}/signin")
    String signIn(@PathVariable String token) {
        return "redirect:/invitations/" + token;
    }

    @PostMapping("/invitations/{token}")
    String acceptWithNewAccount(
            @PathVariable String token,
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<InvitationView> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return notValid(response);
        }
        if (invitation.get().accountExists()) {
            return "redirect:/invitations/" + token;
        }
        Passwords.check(form.getPassword(), form.getPasswordConfirm(), errors);
        if (errors.hasErrors()) {
            form.setPassword(null);
            form.setPasswordConfirm(null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, token, invitation.get(), user, form, errors);
        }
        PersonId person;
        try {
            person = invitations.acceptWithNewAccount(
                    token,
                    java.util.Objects.requireNonNull(form.getPersonName()),
                    java.util.Objects.requireNonNull(form.getPassword()));
        } catch (InvitationNotValid e) {
            return notValid(response);
        } catch (EmailAlreadyRegistered e) {
            return "redirect:/invitations/" + token;
        }
        session.signIn(person, request, response);
        redirect.addFlashAttribute("flash", "organisations.invitation.accepted");
        return "redirect:/organisations/" + invitation.get().organisationId();
    }

    @PostMapping("/invitations/{token}/accept")
    String accept(
            @PathVariable String token,
            @AuthenticationPrincipal CurrentUser user,
            Authentication current,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<InvitationView> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return notValid(response);
        }
        try {
            invitations.acceptAs(token, user);
        } catch (InvitationNotValid e) {
            return notValid(response);
        } catch (InvitationForSomeoneElse e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            NewAccountForm form = new NewAccountForm();
            return page(model, token, invitation.get(), user, form, new BeanPropertyBindingResult(form, "form"));
        } catch (RoleForOneself e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            NewAccountForm form = new NewAccountForm();
            BindingResult errors = new BeanPropertyBindingResult(form, "form");
            errors.reject(e.messageKey());
            return page(model, token, invitation.get(), user, form, errors);
        }
        Authentication fresh = people.refreshed(current);
        if (fresh != null) {
            session.replace(fresh, request, response);
        }
        redirect.addFlashAttribute("flash", "organisations.invitation.accepted");
        return "redirect:/organisations/" + invitation.get().organisationId();
    }

    private String page(
            Model model,
            String token,
            InvitationView invitation,
            @Nullable CurrentUser user,
            NewAccountForm form,
            BindingResult errors) {
        model.addAttribute(
                "page",
                new InvitationPage(
                        token,
                        invitation,
                        user != null && user.email().equalsIgnoreCase(invitation.email()),
                        form,
                        errors));
        return InvitationPage.TEMPLATE;
    }

    private static String notValid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "organisations/invitationNotValid";
    }
}
