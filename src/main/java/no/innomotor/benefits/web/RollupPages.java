package no.innomotor.benefits.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.benefits.BenefitRollups;
import no.innomotor.benefits.Rollup;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The benefit roll-ups. National, county and sector figures are public: they are sums over many projects and name no
 * project. The per-organisation figures go to the organisation's own people, and to advisers and administrators for
 * every organisation, since they show how one named organisation is doing.
 */
@Controller
class RollupPages {

    private final BenefitRollups rollups;
    private final NutsCatalogue nuts;
    private final OrganisationsManagement organisations;
    private final MessageSource messages;

    RollupPages(
            BenefitRollups rollups, NutsCatalogue nuts, OrganisationsManagement organisations, MessageSource messages) {
        this.rollups = rollups;
        this.nuts = nuts;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/benefits")
    String rollup(@AuthenticationPrincipal @Nullable CurrentUser user, Model model, java.util.Locale locale) {
        List<RollupPage.Row> counties = rollups.byCounty().stream()
                .map(r -> new RollupPage.Row(
                        nuts.find(r.key()).map(NutsRegion::name).orElse(r.key()), r))
                .toList();
        String none = messages.getMessage("benefits.rollup.noSector", null, locale);
        List<RollupPage.Row> sectors = rollups.bySector().stream()
                .map(r -> new RollupPage.Row(r.key().isBlank() ? none : r.key(), r))
                .toList();
        model.addAttribute("page", new RollupPage(rollups.national(), counties, sectors, organisations(user)));
        return RollupPage.TEMPLATE;
    }

    private List<RollupPage.Row> organisations(@Nullable CurrentUser user) {
        if (user == null) {
            return List.of();
        }
        boolean all = user.isAdmin() || user.hasRoleAnywhere(Role.ADVISER);
        Set<UUID> own = user.memberships().stream()
                .filter(m -> m.approved())
                .map(m -> m.organisationId().value())
                .collect(Collectors.toSet());
        List<Rollup> rows = rollups.byOrganisation().stream()
                .filter(r -> all || own.contains(UUID.fromString(r.key())))
                .toList();
        Map<OrganisationId, OrganisationSummary> names = organisations.find(rows.stream()
                .map(r -> new OrganisationId(UUID.fromString(r.key())))
                .toList());
        return rows.stream()
                .map(r -> new RollupPage.Row(
                        names.containsKey(new OrganisationId(UUID.fromString(r.key())))
                                ? names.get(new OrganisationId(UUID.fromString(r.key())))
                                        .name()
                                : r.key(),
                        r))
                .toList();
    }
}
