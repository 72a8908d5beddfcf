package no.innomotor.organisations.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.organisations.OrganisationStatus;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrators' view of organisations: the approval queue, every organisation filtered by status, and the
 * approve/reject decisions (recorded in the audit trail). The URL rule admits administrators only.
 */
@Controller
class AdminOrganisationPages {

    private final OrganisationsManagement organisations;
    private final NutsCatalogue nuts;

    AdminOrganisationPages(OrganisationsManagement organisations, NutsCatalogue nuts) {
        this.organisations = organisations;
        this.nuts = nuts;
    }

    /** The whole page (also when htmx restores it from history). */
    @GetMapping("/admin/organisations")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @AuthenticationPrincipal CurrentUser admin,
            Model model) {
        return show(model, status, admin, false);
    }

    /** For htmx (the status filter): only the filtered list of the same template. */
    @HxRequest
    @GetMapping("/admin/organisations")
    String filtered(
            @RequestParam(required = false) @Nullable String status,
            @AuthenticationPrincipal CurrentUser admin,
            Model model) {
        return show(model, status, admin, true);
    }

    private String show(Model model, @Nullable String status, CurrentUser admin, boolean fragment) {
        OrganisationStatus filter = RegistrationPages.enumValue(OrganisationStatus.class, status);
        model.addAttribute(
                "page",
                new AdminOrganisationsPage(
                        Optional.ofNullable(filter),
                        organisations.awaitingApproval(),
                        organisations.approvalsWaitingFor(admin),
                        organisations.withStatus(filter),
                        nuts.norwegianRegions().stream()
                                .collect(
                                        Collectors.toMap(region -> region.code().value(), NutsRegion::name)),
                        fragment));
        return AdminOrganisationsPage.TEMPLATE;
    }

    @PostMapping("/admin/organisations/{id}/approve")
    String approve(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @AuthenticationPrincipal CurrentUser admin,
            RedirectAttributes redirect) {
        organisations.approve(new OrganisationId(id), admin.personId());
        redirect.addFlashAttribute("flash", "organisations.admin.approved");
        return back(status);
    }

    @PostMapping("/admin/organisations/{id}/reject")
    String reject(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @AuthenticationPrincipal CurrentUser admin,
            RedirectAttributes redirect) {
        organisations.reject(new OrganisationId(id), admin.personId());
        redirect.addFlashAttribute("flash", "organisations.admin.rejected");
        return back(status);
    }

    private static String back(@Nullable String status) {
        OrganisationStatus filter = RegistrationPages.enumValue(OrganisationStatus.class, status);
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/organisations")
                        .queryParamIfPresent(
                                "status", Optional.ofNullable(filter).map(Enum::name))
                        .toUriString();
    }
}
