package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import no.innomotor.organisations.AccountsManagement;
import no.innomotor.organisations.PasswordResetNotValid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgotten password: ask for a link by e-mail (the answer is the same whether or not the account exists), then set
 * a new password through the link. Bad links — unknown, expired, used — all get the same page (404).
 */
@Controller
class PasswordPages {

    private final AccountsManagement accounts;

    PasswordPages(AccountsManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/password/forgot")
    String forgot(@RequestParam(required = false) @Nullable String sent, Model model) {
        ForgotPasswordForm form = new ForgotPasswordForm();
        return forgotPage(model, form, new BeanPropertyBindingResult(form, "form"), sent != null);
    }

    @PostMapping("/password/forgot")
    String requestLink(
            @Valid @ModelAttribute("form") ForgotPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return forgotPage(model, form, errors, false);
        }
        accounts.requestPasswordReset(
                java.util.Objects.requireNonNull(form.getEmail()), LocaleContextHolder.getLocale());
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset/{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!accounts.isValidResetLink(token)) {
            return notValid(response);
        }
        NewPasswordForm form = new NewPasswordForm();
        return resetPage(model, token, form, new BeanPropertyBindingResult(form, "form"));
    }

    @PostMapping("/password/reset/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (!accounts.isValidResetLink(token)) {
            return notValid(response);
        }
        Passwords.check(form.getPassword(), form.getPasswordConfirm(), errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return resetPage(
                    model,
                    token,
                    new NewPasswordForm(),
                    FieldOrder.sorted(errors, List.of("password", "passwordConfirm")));
        }
        try {
            accounts.resetPassword(token, java.util.Objects.requireNonNull(form.getPassword()));
        } catch (PasswordResetNotValid e) {
            return notValid(response);
        }
        return "redirect:/password/changed";
    }

    @GetMapping("/password/changed")
    String changed() {
        return "organisations/passwordChanged";
    }

    private static String forgotPage(Model model, ForgotPasswordForm form, BindingResult errors, boolean sent) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sent", sent);
        return "organisations/forgotPassword";
    }

    private static String resetPage(Model model, String token, NewPasswordForm form, BindingResult errors) {
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organisations/resetPassword";
    }

    private static String notValid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "organisations/resetNotValid";
    }
}
