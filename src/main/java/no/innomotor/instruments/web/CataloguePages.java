package no.innomotor.instruments.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.innomotor.instruments.ApplyRoute;
import no.innomotor.instruments.CataloguePage;
import no.innomotor.instruments.InstrumentChangedConcurrently;
import no.innomotor.instruments.InstrumentContent;
import no.innomotor.instruments.InstrumentId;
import no.innomotor.instruments.InstrumentQueries;
import no.innomotor.instruments.InstrumentView;
import no.innomotor.instruments.InstrumentsManagement;
import no.innomotor.instruments.Rule;
import no.innomotor.instruments.RuleSentences;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.riskrelief.PublishedScheme;
import no.innomotor.riskrelief.RiskReliefQueries;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue's pages: the public list and an instrument's page, the form that adds an instrument and the one that
 * edits its working copy, publishing, and the keepers' list. Every command checks the person's right before it reads
 * the form.
 */
@Controller
class CataloguePages {

    static final int PAGE_SIZE = 20;

    private final InstrumentsManagement instruments;
    private final InstrumentQueries queries;
    private final RuleSentences sentences;
    private final Clock clock;
    private final RiskReliefQueries schemes;
    private final ApplyLinks applyLinks;

    CataloguePages(
            InstrumentsManagement instruments,
            InstrumentQueries queries,
            RuleSentences sentences,
            Clock clock,
            RiskReliefQueries schemes,
            ApplyLinks applyLinks) {
        this.schemes = schemes;
        this.applyLinks = applyLinks;
        this.instruments = instruments;
        this.queries = queries;
        this.sentences = sentences;
        this.clock = clock;
    }

    @GetMapping("/instruments")
    String catalogue(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @ModelAttribute("query") CatalogueQuery query,
            Model model) {
        return catalogue(user, query, model, false);
    }

    /** For htmx (the filter form; a history restore excepted, which gets the whole page): the results only. */
    @HxRequest
    @GetMapping("/instruments")
    String catalogueResults(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @ModelAttribute("query") CatalogueQuery query,
            Model model) {
        return catalogue(user, query, model, true);
    }

    private String catalogue(@Nullable CurrentUser user, CatalogueQuery query, Model model, boolean fragment) {
        CataloguePage page = queries.page(query.filter(), query.getPage(), PAGE_SIZE);
        model.addAttribute(
                "page",
                new CatalogueListPage(
                        page,
                        query,
                        queries.actors(),
                        page.page() > 0 ? query.url(page.page() - 1) : null,
                        page.page() + 1 < page.pages() ? query.url(page.page() + 1) : null,
                        user != null && user.hasRoleAnywhere(Role.INSTRUMENT_ACTOR),
                        user != null
                                && (user.hasRoleAnywhere(Role.INSTRUMENT_ACTOR) || user.hasRoleAnywhere(Role.ADVISER)),
                        NorwegianTime.today(clock),
                        fragment));
        return CatalogueListPage.TEMPLATE;
    }

    @GetMapping("/instruments/kept")
    String kept(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute(
                "page",
                new KeptPage(
                        queries.kept(user),
                        user.hasRoleAnywhere(Role.ADVISER),
                        !queries.ownerChoices(user).isEmpty()));
        return KeptPage.TEMPLATE;
    }

    @GetMapping("/instruments/{id}")
    String instrument(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @PathVariable InstrumentId id,
            Model model,
            Locale locale) {
        model.addAttribute("page", page(queries.view(id, user), user, locale, false));
        return InstrumentPage.TEMPLATE;
    }

    private InstrumentPage page(InstrumentView view, @Nullable CurrentUser user, Locale locale, boolean conflict) {
        List<String> rules = Rule.of(view.content().audience(), view.content().eligibility()).stream()
                .map(rule -> sentences.describe(rule, locale))
                .toList();
        ApplyLinks.Apply apply = applyLinks.of(view.content(), user, null);
        return new InstrumentPage(view, rules, apply.link(), apply.schemeName(), conflict, NorwegianTime.today(clock));
    }

    // ---- adding ----

    @GetMapping("/instruments/new")
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<OrganisationSummary> owners = owners(user);
        InstrumentForm form = InstrumentForm.empty();
        form.setOwner(owners.get(0).id().toString());
        return form(model, new InstrumentFormPage(null, null, owners, schemes(owners), form, errors(form), false));
    }

    @PostMapping("/instruments")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("instrumentForm") InstrumentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<OrganisationSummary> owners = owners(user);
        OrganisationId owner = owners.stream()
                .map(OrganisationSummary::id)
                .filter(id -> id.toString().equals(form.getOwner()))
                .findFirst()
                .orElse(null);
        if (owner == null) {
            errors.rejectValue("owner", "instruments.form.owner");
        }
        InstrumentContent content = form.toContent(errors);
        if (content != null && owner != null) {
            checkScheme(content, owner, errors);
        }
        if (content == null || owner == null || errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, new InstrumentFormPage(null, null, owners, schemes(owners), form, errors, false));
        }
        InstrumentId id = instruments.create(owner, content, user);
        redirect.addFlashAttribute("flash", "instruments.flash.created");
        return "redirect:/instruments/" + id;
    }

    /**
     * Applying in Innomotor goes through a risk-relief scheme the instrument's owner has published: another actor's
     * scheme, or a draft, is refused next to the field.
     */
    private void checkScheme(InstrumentContent content, OrganisationId owner, BindingResult errors) {
        if (content.applyRoute() != ApplyRoute.IN_INNOMOTOR || content.schemeId() == null) {
            return;
        }
        Optional<PublishedScheme> scheme = schemes.publishedScheme(SchemeId.of(content.schemeId()));
        if (scheme.isEmpty() || !scheme.get().owner().equals(owner)) {
            errors.rejectValue("schemeId", "instruments.form.schemeNotOwned");
        }
    }

    private List<PublishedScheme> schemes(List<OrganisationSummary> owners) {
        return owners.stream()
                .flatMap(o -> schemes.publishedSchemes(o.id()).stream())
                .toList();
    }

    /** The actors the person adds instruments for; someone with none is refused. */
    private List<OrganisationSummary> owners(CurrentUser user) {
        List<OrganisationSummary> owners = queries.ownerChoices(user);
        if (owners.isEmpty()) {
            throw new AccessDeniedException("Not a member of an approved instrument actor");
        }
        return owners;
    }

    // ---- editing the working copy ----

    @GetMapping("/instruments/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable InstrumentId id, Model model) {
        InstrumentView view = queries.editable(id, user);
        InstrumentForm form = InstrumentForm.of(view.content(), view.version());
        return form(
                model,
                new InstrumentFormPage(
                        id.toString(),
                        view.content().name(),
                        List.of(),
                        schemes.publishedSchemes(view.owner()),
                        form,
                        errors(form),
                        false));
    }

    @PostMapping("/instruments/{id}/edit")
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable InstrumentId id,
            @ModelAttribute("instrumentForm") InstrumentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        instruments.authoriseEditor(id, user);
        InstrumentContent content = form.toContent(errors);
        OrganisationId owner = queries.editable(id, user).owner();
        if (content != null) {
            checkScheme(content, owner, errors);
        }
        if (content != null && !errors.hasErrors()) {
            try {
                instruments.saveDraft(id, content, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "instruments.flash.saved");
                return "redirect:/instruments/" + id;
            } catch (InstrumentChangedConcurrently | ObjectOptimisticLockingFailureException conflict) {
                InstrumentView now = queries.editable(id, user);
                // What the person typed stays; the version becomes the one saved now, so saving again overwrites it.
                form.setVersion(now.version());
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(
                        model,
                        new InstrumentFormPage(
                                id.toString(),
                                now.content().name(),
                                List.of(),
                                schemes.publishedSchemes(owner),
                                form,
                                errors,
                                true));
            }
        }
        InstrumentView view = queries.editable(id, user);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(
                model,
                new InstrumentFormPage(
                        id.toString(),
                        view.content().name(),
                        List.of(),
                        schemes.publishedSchemes(owner),
                        form,
                        errors,
                        false));
    }

    // ---- publishing ----

    @PostMapping("/instruments/{id}/publish")
    String publish(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable InstrumentId id,
            @RequestParam(required = false) @Nullable Long version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        instruments.authorisePublisher(id, user);
        if (version == null) {
            throw new MissingServletRequestParameterException("version", "long");
        }
        try {
            instruments.publish(id, version, user);
            redirect.addFlashAttribute("flash", "instruments.flash.published");
            return "redirect:/instruments/" + id;
        } catch (InstrumentChangedConcurrently | ObjectOptimisticLockingFailureException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("page", page(queries.view(id, user), user, locale, true));
            return InstrumentPage.TEMPLATE;
        }
    }

    private static String form(Model model, InstrumentFormPage page) {
        model.addAttribute("page", page);
        return InstrumentFormPage.TEMPLATE;
    }

    private static BindingResult errors(InstrumentForm form) {
        return new BeanPropertyBindingResult(form, "instrumentForm");
    }
}
