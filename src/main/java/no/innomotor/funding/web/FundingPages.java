package no.innomotor.funding.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import no.innomotor.funding.EntryDetails;
import no.innomotor.funding.EntryView;
import no.innomotor.funding.FundingEntryId;
import no.innomotor.funding.FundingExceptions.ActorNotFound;
import no.innomotor.funding.FundingExceptions.ChangedConcurrently;
import no.innomotor.funding.FundingExceptions.EntryRejected;
import no.innomotor.funding.FundingManagement;
import no.innomotor.funding.FundingQueries;
import no.innomotor.funding.ProjectFunding;
import no.innomotor.instruments.InstrumentCatalogue;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The funding pages: a project's funding (read by the project's readers; its buyers record, edit and remove entries
 * for instruments outside the platform and set the total cost for funding purposes), an instrument actor's portfolio,
 * and the list of actors for advisers. Every command checks the person's right before it reads the form.
 */
@Controller
class FundingPages {

    private final FundingManagement funding;
    private final FundingQueries queries;
    private final WarningSentences sentences;
    private final MessageSource messages;
    private final InstrumentCatalogue catalogue;

    FundingPages(
            FundingManagement funding,
            FundingQueries queries,
            WarningSentences sentences,
            MessageSource messages,
            InstrumentCatalogue catalogue) {
        this.funding = funding;
        this.catalogue = catalogue;
        this.queries = queries;
        this.sentences = sentences;
        this.messages = messages;
    }

    // ---- a project's funding ----

    @GetMapping("/projects/{id}/funding")
    String project(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model, Locale locale) {
        return page(model, new Builder(id, user, locale));
    }

    @PostMapping("/projects/{id}/funding/entries")
    String record(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("entryForm") EntryForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        funding.authoriseKeeper(id, user);
        checkInstrument(form, errors);
        EntryDetails details = form.details(errors);
        if (details != null) {
            try {
                funding.record(id, details, user);
                redirect.addFlashAttribute("flash", "funding.flash.recorded");
                return "redirect:/projects/" + id + "/funding";
            } catch (EntryRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, new Builder(id, user, locale).with(b -> {
                    b.entryForm = form;
                    b.entryErrors = errors;
                }));
    }

    @PostMapping("/projects/{id}/funding/budget")
    String budget(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @ModelAttribute("budgetForm") BudgetForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        funding.authoriseKeeper(id, user);
        boolean empty = form.getTotalCost() == null || form.getTotalCost().isBlank();
        Money total = empty ? null : EntryForm.amount("totalCost", form.getTotalCost(), true, errors);
        if (!errors.hasErrors()) {
            try {
                funding.setTotalCost(id, total, form.getBudgetVersion(), user);
                redirect.addFlashAttribute("flash", "funding.flash.budget");
                return "redirect:/projects/" + id + "/funding#budget";
            } catch (ChangedConcurrently conflict) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return page(model, new Builder(id, user, locale).with(b -> {
                            form.setBudgetVersion(b.funding.budgetVersion());
                            b.budgetForm = form;
                            b.budgetErrors = errors;
                            b.conflict = true;
                        }));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, new Builder(id, user, locale).with(b -> {
                    b.budgetForm = form;
                    b.budgetErrors = errors;
                }));
    }

    // ---- one recorded entry ----

    @GetMapping("/projects/{id}/funding/entries/{entryId}/edit")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable FundingEntryId entryId,
            Model model) {
        EntryView entry = queries.entry(id, entryId, user);
        EntryForm form = EntryForm.of(entry);
        return edit(model, id, entryId, form, new BeanPropertyBindingResult(form, "entryForm"), false, user);
    }

    @PostMapping("/projects/{id}/funding/entries/{entryId}")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable FundingEntryId entryId,
            @Valid @ModelAttribute("entryForm") EntryForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        queries.entry(id, entryId, user);
        checkInstrument(form, errors);
        EntryDetails details = form.details(errors);
        if (details != null) {
            try {
                funding.change(id, entryId, details, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "funding.flash.changed");
                return "redirect:/projects/" + id + "/funding";
            } catch (EntryRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            } catch (ChangedConcurrently conflict) {
                // What the person typed stays; the version becomes the one saved now, so saving again overwrites it.
                form.setVersion(queries.entry(id, entryId, user).version());
                response.setStatus(HttpStatus.CONFLICT.value());
                return edit(model, id, entryId, form, errors, true, user);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return edit(model, id, entryId, form, errors, false, user);
    }

    @PostMapping("/projects/{id}/funding/entries/{entryId}/remove")
    String remove(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable FundingEntryId entryId,
            @RequestParam(required = false) @Nullable Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        queries.entry(id, entryId, user);
        if (version == null) {
            throw new MissingServletRequestParameterException("version", "long");
        }
        try {
            funding.remove(id, entryId, version, user);
        } catch (ChangedConcurrently conflict) {
            EntryForm form = EntryForm.of(queries.entry(id, entryId, user));
            response.setStatus(HttpStatus.CONFLICT.value());
            return edit(model, id, entryId, form, new BeanPropertyBindingResult(form, "entryForm"), true, user);
        }
        redirect.addFlashAttribute("flash", "funding.flash.removed");
        return "redirect:/projects/" + id + "/funding";
    }

    // ---- actors ----

    @GetMapping("/funding/actors")
    String actors(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", new ActorsPage(queries.actors(user)));
        return ActorsPage.TEMPLATE;
    }

    @GetMapping("/funding/actors/{organisationId}")
    String portfolio(
            @AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId, Model model) {
        model.addAttribute(
                "page",
                new PortfolioPage(
                        queries.portfolio(organisationId, user), user.isAdmin() || user.hasRoleAnywhere(Role.ADVISER)));
        return PortfolioPage.TEMPLATE;
    }

    /** An instrument actor's way to its own portfolio: the first organisation where the person holds the role. */
    @GetMapping("/funding/portfolio")
    String ownPortfolio(@AuthenticationPrincipal CurrentUser user) {
        return user.organisationsWithRole(Role.INSTRUMENT_ACTOR).stream()
                .findFirst()
                .map(org -> "redirect:/funding/actors/" + org)
                .orElseThrow(() -> new ActorNotFound(OrganisationId.random()));
    }

    // ---- building the pages ----

    /** The project page's parts, with empty forms that a handler replaces by the one it re-shows. */
    private final class Builder {
        final ProjectFunding funding;
        final Locale locale;
        EntryForm entryForm = new EntryForm();
        Errors entryErrors = new BeanPropertyBindingResult(entryForm, "entryForm");
        BudgetForm budgetForm = new BudgetForm();
        Errors budgetErrors;
        boolean conflict;

        Builder(ProjectId id, CurrentUser user, Locale locale) {
            this.funding = queries.project(id, user);
            this.locale = locale;
            Money recorded = funding.recordedTotalCost();
            budgetForm.setTotalCost(recorded == null ? "" : String.valueOf(recorded.kroner()));
            budgetForm.setBudgetVersion(funding.budgetVersion());
            budgetErrors = new BeanPropertyBindingResult(budgetForm, "budgetForm");
        }

        Builder with(Consumer<Builder> change) {
            change.accept(this);
            return this;
        }

        ProjectFundingPage build() {
            return new ProjectFundingPage(
                    funding,
                    sentences.of(funding.warnings(), locale),
                    entryForm,
                    entryErrors,
                    budgetForm,
                    budgetErrors,
                    actorOptions(),
                    instrumentOptions(),
                    conflict);
        }
    }

    private static String page(Model model, Builder builder) {
        model.addAttribute("page", builder.build());
        return ProjectFundingPage.TEMPLATE;
    }

    private String edit(
            Model model,
            ProjectId id,
            FundingEntryId entryId,
            EntryForm form,
            Errors errors,
            boolean conflict,
            CurrentUser user) {
        model.addAttribute(
                "page",
                new EntryEditPage(
                        queries.project(id, user).project(),
                        entryId,
                        form,
                        errors,
                        actorOptions(),
                        instrumentOptions(),
                        conflict));
        return EntryEditPage.TEMPLATE;
    }

    /** The catalogue's published instruments by name, each with its owner, for linking an entry to one. */
    private List<ActorOption> instrumentOptions() {
        return catalogue.published().stream()
                .map(i -> new ActorOption(i.id(), i.name() + " (" + i.ownerName() + ")"))
                .toList();
    }

    /** A chosen instrument must be one the catalogue publishes; none chosen is fine (most are not on the platform). */
    private void checkInstrument(EntryForm form, Errors errors) {
        String chosen = form.getInstrumentId();
        if (chosen == null || chosen.isBlank()) {
            form.setInstrumentId(null);
            return;
        }
        boolean published = catalogue.published().stream().anyMatch(i -> i.id().equals(chosen.strip()));
        if (!published) {
            errors.rejectValue("instrumentId", "funding.form.instrumentId.unknown");
        }
    }

    /** The instrument actors on the platform, then "another actor" for one that is not (its name typed). */
    private List<ActorOption> actorOptions() {
        Locale locale = LocaleContextHolder.getLocale();
        List<ActorOption> options = new ArrayList<>();
        queries.actorChoices().forEach(a -> options.add(new ActorOption(a.id().toString(), a.name())));
        options.add(
                new ActorOption(EntryForm.OTHER_ACTOR, messages.getMessage("funding.form.actor.other", null, locale)));
        return options;
    }
}
