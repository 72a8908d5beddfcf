package no.innomotor.projects.web;

import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The top leader's page: mandates waiting for their signature and their organisations' projects. */
@Controller
class LeaderPage {

    private final ProjectsManagement projects;

    LeaderPage(ProjectsManagement projects) {
        this.projects = projects;
    }

    @GetMapping("/leader")
    String leader(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overview", projects.leaderOverview(user));
        return "projects/leader";
    }
}
