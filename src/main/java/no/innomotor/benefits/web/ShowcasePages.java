package no.innomotor.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.benefits.BenefitFiguresChanged;
import no.innomotor.benefits.Showcase;
import no.innomotor.projects.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public showcase, as pages and as open JSON: no sign-in, nothing but what the teams chose to show. */
@Controller
class ShowcasePages {

    private final Showcase showcase;

    ShowcasePages(Showcase showcase) {
        this.showcase = showcase;
    }

    @GetMapping("/showcase")
    String list(Model model) {
        model.addAttribute("page", new ShowcasePage(showcase.entries(), null));
        return ShowcasePage.TEMPLATE;
    }

    @GetMapping("/showcase/{projectId}")
    String one(@PathVariable ProjectId projectId, Model model) {
        model.addAttribute("page", new ShowcasePage(List.of(), showcase.entry(projectId)));
        return ShowcasePage.TEMPLATE;
    }

    record BenefitJson(
            String benefit,
            String title,
            String type,
            String indicator,
            String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable LocalDate targetDate,
            @Nullable BigDecimal latest,
            @Nullable LocalDate latestOn,
            String status,
            @Nullable Long plannedNok,
            @Nullable Long realisedNok) {

        static BenefitJson of(BenefitFiguresChanged.Figure f) {
            return new BenefitJson(
                    f.benefit(),
                    f.title(),
                    f.type().name(),
                    f.indicator(),
                    f.unit(),
                    f.baseline(),
                    f.target(),
                    f.targetDate(),
                    f.latest(),
                    f.latestOn(),
                    f.status().name(),
                    f.plannedNok() == null ? null : f.plannedNok().kroner(),
                    f.realisedNok() == null ? null : f.realisedNok().kroner());
        }
    }

    record ProjectJson(String project, String title, String story, long realisedNok, List<BenefitJson> benefits) {}

    @GetMapping(value = "/api/v1/showcase", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<ProjectJson> api() {
        return showcase.entries().stream()
                .map(e -> new ProjectJson(
                        e.project().toString(),
                        e.title(),
                        e.story(),
                        e.realisedNok(),
                        e.benefits().stream().map(BenefitJson::of).toList()))
                .toList();
    }
}
