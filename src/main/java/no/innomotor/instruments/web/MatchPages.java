package no.innomotor.instruments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innomotor.instruments.InstrumentMatching;
import no.innomotor.instruments.InstrumentOverview;
import no.innomotor.instruments.MatchSubject;
import no.innomotor.instruments.RuleSentences;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Explained matching and the national overview: a free description anyone may try, the signed-in supplier's company,
 * a project (for the people who see the project), and the overview of instruments, regions, steps and actors.
 */
@Controller
class MatchPages {

    private final InstrumentMatching matching;
    private final InstrumentOverview overview;
    private final RuleSentences sentences;
    private final NutsCatalogue nuts;
    private final MessageSource messages;

    private final ApplyLinks applyLinks;

    MatchPages(
            InstrumentMatching matching,
            InstrumentOverview overview,
            RuleSentences sentences,
            NutsCatalogue nuts,
            MessageSource messages,
            ApplyLinks applyLinks) {
        this.applyLinks = applyLinks;
        this.matching = matching;
        this.overview = overview;
        this.sentences = sentences;
        this.nuts = nuts;
        this.messages = messages;
    }

    @GetMapping("/instruments/match")
    String free(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @ModelAttribute("matchForm") MatchForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<MatchRow> rows = null;
        List<MatchPage.Fact> facts = List.of();
        if (form.sent()) {
            MatchSubject subject = form.toSubject(errors);
            if (subject == null) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            } else {
                rows = MatchRow.of(
                        matching.match(subject), sentences, locale, i -> applyLinks.of(i.content(), user, null));
                facts = facts(subject, locale);
            }
        }
        List<MatchPage.Choice> counties = nuts.counties().stream()
                .map(c -> new MatchPage.Choice(c.code().value(), c.name()))
                .toList();
        model.addAttribute(
                "page", new MatchPage(MatchPage.Kind.FREE, form, errors, counties, null, false, null, facts, rows));
        return MatchPage.TEMPLATE;
    }

    @GetMapping("/instruments/for-my-company")
    String company(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable Long amount,
            @RequestParam(defaultValue = "false") boolean pilotCustomer,
            Model model,
            Locale locale) {
        var found = matching.forCompany(null, amount, pilotCustomer, user);
        if (found.isEmpty()) {
            model.addAttribute(
                    "page",
                    new MatchPage(
                            MatchPage.Kind.COMPANY, null, null, List.of(), null, false, null, List.of(), List.of()));
            return MatchPage.TEMPLATE;
        }
        var company = found.get();
        model.addAttribute(
                "page",
                new MatchPage(
                        MatchPage.Kind.COMPANY,
                        null,
                        null,
                        List.of(),
                        company.companyName(),
                        company.profiled(),
                        null,
                        facts(company.subject(), locale),
                        MatchRow.of(
                                company.matches(), sentences, locale, i -> applyLinks.of(i.content(), user, null))));
        return MatchPage.TEMPLATE;
    }

    @GetMapping("/projects/{id}/instruments")
    String project(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable("id") ProjectId projectId,
            Model model,
            Locale locale) {
        var found = matching.forProject(projectId, user);
        model.addAttribute(
                "page",
                new MatchPage(
                        MatchPage.Kind.PROJECT,
                        null,
                        null,
                        List.of(),
                        null,
                        false,
                        found.project(),
                        facts(found.subject(), locale),
                        MatchRow.of(
                                found.matches(), sentences, locale, i -> applyLinks.of(i.content(), user, projectId))));
        return MatchPage.TEMPLATE;
    }

    @GetMapping("/instruments/overview")
    String overview(Model model) {
        model.addAttribute("page", OverviewPage.of(overview.overview()));
        return OverviewPage.TEMPLATE;
    }

    /** What the matching knew about the subject, as the page lists it; an unknown fact says so. */
    private List<MatchPage.Fact> facts(MatchSubject subject, Locale locale) {
        String unknown = t("instruments.facts.unknown", locale);
        List<MatchPage.Fact> facts = new ArrayList<>();
        facts.add(new MatchPage.Fact(
                t("instruments.facts.side", locale), t("instruments.audience." + subject.side(), locale)));
        facts.add(new MatchPage.Fact(
                t("instruments.facts.organisationType", locale),
                subject.organisationType() == null
                        ? unknown
                        : t("organisations.type." + subject.organisationType(), locale)));
        if (subject.side() != no.innomotor.instruments.Audience.BUYER) {
            facts.add(new MatchPage.Fact(
                    t("instruments.facts.sizeClass", locale),
                    subject.sizeClass() == null ? unknown : t("suppliers.size." + subject.sizeClass(), locale)));
        }
        facts.add(new MatchPage.Fact(
                t("instruments.facts.regions", locale),
                subject.regions().isEmpty()
                        ? unknown
                        : String.join(
                                ", ",
                                subject.regions().stream()
                                        .map(NutsCode::value)
                                        .map(code -> sentences.regionName(code, locale))
                                        .toList())));
        facts.add(new MatchPage.Fact(
                t("instruments.facts.step", locale),
                subject.roadmapStep() == null ? unknown : String.valueOf(subject.roadmapStep())));
        facts.add(new MatchPage.Fact(
                t("instruments.facts.amount", locale),
                subject.amount() == null ? unknown : RuleSentences.money(subject.amount())));
        facts.add(new MatchPage.Fact(
                t("instruments.facts.cpv", locale),
                subject.cpvCodes().isEmpty() ? unknown : String.join(", ", subject.cpvCodes())));
        facts.add(new MatchPage.Fact(
                t("instruments.facts.signedMandate", locale),
                t(subject.signedMandate() ? "instruments.yes" : "instruments.no", locale)));
        facts.add(new MatchPage.Fact(
                t("instruments.facts.pilotCustomer", locale),
                t(subject.pilotCustomer() ? "instruments.yes" : "instruments.no", locale)));
        return facts;
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
