package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.organisations.OrganisationAlreadyRegistered;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.organisations.RegisterWithAccount;
import no.innomotor.organisations.Registration;
import no.innomotor.organisations.RegistrationLinkNotValid;
import no.innomotor.organisations.RegistrationsManagement;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
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
 * The public registration of an organisation with the registering person's account, in two steps. A form without
 * errors is answered the same way for every address ("we have sent you an e-mail"), so the page never tells whether
 * an address has an account; following the mailed link creates the organisation and the account, signs the person
 * in and shows their organisation's page with its status. On any error nothing is saved and the form comes back with
 * the errors next to their fields (422).
 */
@Controller
class RegistrationPages {

    /** The form's fields in the order the page shows them. */
    private static final List<String> FIELDS = List.of(
            "orgNumber",
            "name",
            "type",
            "nutsCode",
            "sector",
            "personName",
            "email",
            "role",
            "password",
            "passwordConfirm");

    private final OrganisationsManagement organisations;
    private final RegistrationsManagement registrations;
    private final NutsCatalogue nuts;
    private final SessionAuthentication session;

    RegistrationPages(
            OrganisationsManagement organisations,
            RegistrationsManagement registrations,
            NutsCatalogue nuts,
            SessionAuthentication session) {
        this.organisations = organisations;
        this.registrations = registrations;
        this.nuts = nuts;
        this.session = session;
    }

    @GetMapping("/register")
    String form(Model model) {
        RegistrationForm form = new RegistrationForm();
        return show(model, form, new BeanPropertyBindingResult(form, "form"));
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<OrgNumber> orgNumber = Optional.empty();
        if (!errors.hasFieldErrors("orgNumber")) {
            orgNumber = OrgNumber.parse(form.getOrgNumber());
            if (orgNumber.isEmpty()) {
                errors.rejectValue("orgNumber", "organisations.register.orgNumber.invalid");
            } else if (organisations.findByOrgNumber(orgNumber.get()).isPresent()) {
                errors.rejectValue("orgNumber", "organisations.register.orgNumber.taken");
            }
        }
        OrganisationType type = enumValue(OrganisationType.class, form.getType());
        if (!errors.hasFieldErrors("type") && (type == null || !type.selfRegistrable())) {
            errors.rejectValue("type", "organisations.register.type.required");
        }
        if (!errors.hasFieldErrors("nutsCode") && !nuts.isKnown(String.valueOf(form.getNutsCode()))) {
            errors.rejectValue("nutsCode", "organisations.register.county.required");
        }
        Role role = enumValue(Role.class, form.getRole());
        if (!errors.hasFieldErrors("role")
                && (role == null || type != null && !type.memberRoles().contains(role))) {
            errors.rejectValue("role", "organisations.register.role.notForType");
        }
        Passwords.check(form.getPassword(), form.getPasswordConfirm(), errors);
        if (errors.hasErrors() || orgNumber.isEmpty() || type == null || role == null) {
            return invalid(model, form, errors, response);
        }
        try {
            registrations.request(
                    new RegisterWithAccount(
                            new RegisterOrganisation(
                                    orgNumber.get(),
                                    form.getName(),
                                    type,
                                    form.getNutsCode(),
                                    blankToNull(form.getSector())),
                            form.getPersonName(),
                            form.getEmail(),
                            form.getPassword(),
                            role),
                    LocaleContextHolder.getLocale());
        } catch (OrganisationAlreadyRegistered e) {
            errors.rejectValue("orgNumber", "organisations.register.orgNumber.taken");
            return invalid(model, form, errors, response);
        }
        redirect.addFlashAttribute("sentTo", form.getEmail());
        return "redirect:/register/sent";
    }

    /** Where every registration without errors lands, whatever the address: check your e-mail. */
    @GetMapping("/register/sent")
    String sent(Model model) {
        model.addAttribute("sentTo", model.getAttribute("sentTo"));
        return "organisations/registrationSent";
    }

    /** The mailed link: a page with one button, so that a mail scanner opening the link creates nothing. */
    @GetMapping("/register/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!registrations.isOpen(token)) {
            return notValid(response);
        }
        model.addAttribute("token", token);
        return "organisations/registrationConfirm";
    }

    @PostMapping("/register/confirm/{token}")
    String confirm(
            @PathVariable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Registration registration;
        try {
            registration = registrations.confirm(token);
        } catch (RegistrationLinkNotValid e) {
            return notValid(response);
        } catch (DataIntegrityViolationException e) {
            // The same number or address was registered in the same instant: the database's unique keys said no.
            return notValid(response);
        }
        session.signIn(registration.person().id(), request, response);
        redirect.addFlashAttribute(
                "flash",
                registration.organisation().approved()
                        ? "organisations.register.done.approved"
                        : "organisations.register.done.pending");
        return "redirect:/organisations/" + registration.organisation().id();
    }

    private static String notValid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "organisations/registrationNotValid";
    }

    private String invalid(Model model, RegistrationForm form, BindingResult errors, HttpServletResponse response) {
        form.setPassword(null);
        form.setPasswordConfirm(null);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, form, FieldOrder.sorted(errors, FIELDS));
    }

    private String show(Model model, RegistrationForm form, BindingResult errors) {
        model.addAttribute(
                "page",
                new RegistrationPage(
                        form,
                        errors,
                        OrganisationType.selfRegistrableTypes(),
                        Arrays.stream(Role.values())
                                .filter(role -> OrganisationType.selfRegistrableTypes().stream()
                                        .anyMatch(type -> type.memberRoles().contains(role)))
                                .toList(),
                        nuts.counties()));
        return RegistrationPage.TEMPLATE;
    }

    static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
