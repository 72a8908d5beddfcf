package no.innomotor.organisations.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

    /** The whole page; for an htmx request (the status filter), only the filtered list of the same template. */
    @GetMapping("/admin/organisations")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            @AuthenticationPrincipal CurrentUser admin,
            Model model,
            HttpServletResponse response) {
        OrganisationStatus filter = RegistrationPages.enumValue(OrganisationStatus.class, status);
        // htmx restoring history it has no copy of asks for the whole page, as a browser would.
        model.addAttribute("fragment", "true".equals(htmx) && historyRestore == null);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        model.addAttribute("status", filter);
        model.addAttribute("queue", organisations.awaitingApproval());
        model.addAttribute("roleApprovals", organisations.approvalsWaitingFor(admin));
        model.addAttribute("organisations", organisations.withStatus(filter));
        model.addAttribute(
                "counties",
                nuts.norwegianRegions().stream()
                        .collect(Collectors.toMap(region -> region.code().value(), NutsRegion::name)));
        return "organisations/admin";
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
