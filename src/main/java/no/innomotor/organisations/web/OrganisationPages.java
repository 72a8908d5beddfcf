package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.organisations.InvitationsManagement;
import no.innomotor.organisations.OrganisationNotApproved;
import no.innomotor.organisations.OrganisationOverview;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RoleAlreadyHeld;
import no.innomotor.organisations.RoleForOneself;
import no.innomotor.organisations.RoleGrantNotFound;
import no.innomotor.organisations.RoleNotAllowed;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Membership;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's page — facts, members, invitations — for its members and administrators (anyone else gets 404),
 * and "my organisation" for the signed-in person.
 */
@Controller
class OrganisationPages {

    private final OrganisationsManagement organisations;
    private final InvitationsManagement invitations;
    private final NutsCatalogue nuts;

    OrganisationPages(OrganisationsManagement organisations, InvitationsManagement invitations, NutsCatalogue nuts) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.nuts = nuts;
    }

    /** The person's one organisation directly; a list when they belong to several, or a note when to none. */
    @GetMapping("/organisations/mine")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Membership> memberships = user.memberships();
        if (memberships.size() == 1) {
            return "redirect:/organisations/" + memberships.get(0).organisationId();
        }
        model.addAttribute("memberships", memberships);
        return "organisations/mine";
    }

    @GetMapping("/organisations/{id}")
    String page(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        InviteForm form = new InviteForm();
        return show(
                model,
                organisations.overview(new OrganisationId(id), user),
                form,
                new BeanPropertyBindingResult(form, "inviteForm"));
    }

    @PostMapping("/organisations/{id}/invitations")
    String invite(
            @PathVariable UUID id,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OrganisationId organisation = new OrganisationId(id);
        OrganisationOverview overview = organisations.overview(organisation, user);
        Role role = RegistrationPages.enumValue(Role.class, form.getRole());
        if (!errors.hasFieldErrors("role")
                && (role == null || !overview.invitableRoles().contains(role))) {
            errors.rejectValue("role", "organisations.invite.role.required");
        }
        if (!errors.hasErrors() && role != null) {
            try {
                invitations.invite(
                        organisation,
                        java.util.Objects.requireNonNull(form.getEmail()),
                        role,
                        user,
                        LocaleContextHolder.getLocale());
                redirect.addFlashAttribute("flash", "organisations.invite.sent");
                return "redirect:/organisations/" + id;
            } catch (RoleAlreadyHeld | RoleForOneself e) {
                errors.rejectValue("email", e.messageKey());
            } catch (RoleNotAllowed e) {
                errors.rejectValue("role", "organisations.invite.role.required");
            } catch (OrganisationNotApproved e) {
                errors.reject(e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, overview, form, errors);
    }

    /**
     * Approve, refuse or withdraw one person's role. Who may is {@code RoleGrantPolicy}'s call in the service; anyone
     * else, and an unknown role, gets 404. {@code back=admin} returns to the administrators' organisations page.
     */
    @PostMapping("/organisations/{id}/members/{person}/roles/{role}/{decision:approve|refuse|withdraw}")
    String decide(
            @PathVariable UUID id,
            @PathVariable UUID person,
            @PathVariable String role,
            @PathVariable String decision,
            @RequestParam(required = false) @Nullable String back,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Role chosen = RegistrationPages.enumValue(Role.class, role);
        if (chosen == null) {
            throw new RoleGrantNotFound();
        }
        OrganisationId organisation = new OrganisationId(id);
        PersonId holder = new PersonId(person);
        switch (decision) {
            case "approve" -> organisations.approveRole(organisation, holder, chosen, user);
            case "refuse" -> organisations.refuseRole(organisation, holder, chosen, user);
            default -> organisations.withdrawRole(organisation, holder, chosen, user);
        }
        redirect.addFlashAttribute("flash", "organisations.role." + decision + ".done");
        return "admin".equals(back) ? "redirect:/admin/organisations" : "redirect:/organisations/" + id;
    }

    private String show(Model model, OrganisationOverview overview, InviteForm form, BindingResult errors) {
        String code = overview.organisation().nutsCode();
        model.addAttribute(
                "page",
                new OrganisationPage(
                        overview,
                        code == null
                                ? ""
                                : nuts.find(code).map(NutsRegion::name).orElse(code),
                        form,
                        errors));
        return OrganisationPage.TEMPLATE;
    }
}
