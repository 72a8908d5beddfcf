package no.innomotor.projects.web;

import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The top leader's page: mandates waiting for their signature and their organisations' projects. */
@Controller
class LeaderPage {

    private final ProjectQueries queries;

    LeaderPage(ProjectQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/leader")
    String leader(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overview", queries.leaderOverview(user));
        return "projects/leader";
    }
}
