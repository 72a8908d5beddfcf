package no.innomotor.projects.web;

import java.util.List;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.LeaderFigures;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The top leader's page: mandates waiting for their signature, their organisations' projects, and the figures other
 * modules contribute about those organisations (benefit realisation, say).
 */
@Controller
class LeaderPage {

    private final ProjectQueries queries;
    private final List<LeaderFigures> figures;

    LeaderPage(ProjectQueries queries, List<LeaderFigures> figures) {
        this.queries = queries;
        this.figures = figures;
    }

    @GetMapping("/leader")
    String leader(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<OrganisationId> led = user.organisationsWithRole(Role.TOP_LEADER);
        model.addAttribute("overview", queries.leaderOverview(user));
        model.addAttribute(
                "panels",
                figures.stream().flatMap(module -> module.panel(led).stream()).toList());
        return "projects/leader";
    }
}
