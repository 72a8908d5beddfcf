package no.innomotor.instruments.web;

import java.util.Optional;
import no.innomotor.instruments.ApplyRoute;
import no.innomotor.instruments.InstrumentContent;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.PublishedScheme;
import no.innomotor.riskrelief.RiskReliefManagement;
import no.innomotor.riskrelief.RiskReliefQueries;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a reader applies for an instrument. A link route goes to the actor's page. An instrument applied for in
 * Innomotor names its risk-relief scheme to everyone, and links only for those the risk-relief module lets apply: with
 * a project, to the application form for it when that person may apply for that project (a buyer of the project's
 * organisation, or a supplier when it has a published dialogue — riskrelief decides); without one, to the scheme's
 * page for the buyers or suppliers the scheme is meant for. A scheme no longer published is not offered.
 */
@Component
class ApplyLinks {

    private final RiskReliefQueries schemes;
    private final RiskReliefManagement riskRelief;

    ApplyLinks(RiskReliefQueries schemes, RiskReliefManagement riskRelief) {
        this.schemes = schemes;
        this.riskRelief = riskRelief;
    }

    /** The link ({@code null}: none for this reader) and the scheme's name when applied for in Innomotor. */
    record Apply(@Nullable String link, @Nullable String schemeName) {}

    Apply of(InstrumentContent content, @Nullable CurrentUser user, @Nullable ProjectId project) {
        if (content.applyRoute() != ApplyRoute.IN_INNOMOTOR) {
            return new Apply(content.applyUrl(), null);
        }
        Optional<PublishedScheme> found = scheme(content.schemeId());
        if (found.isEmpty()) {
            return new Apply(null, null);
        }
        PublishedScheme scheme = found.get();
        if (user == null) {
            return new Apply(null, scheme.name());
        }
        if (project != null) {
            return new Apply(
                    riskRelief.mayApply(scheme.id(), project, user)
                            ? "/riskrelief/schemes/" + scheme.id() + "/applications/new?project=" + project
                            : null,
                    scheme.name());
        }
        boolean mayApply = (scheme.admitsBuyers() && user.hasRoleAnywhere(Role.BUYER))
                || (scheme.admitsSuppliers() && user.hasRoleAnywhere(Role.SUPPLIER));
        return new Apply(mayApply ? "/riskrelief/schemes/" + scheme.id() : null, scheme.name());
    }

    private Optional<PublishedScheme> scheme(@Nullable String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return schemes.publishedScheme(SchemeId.of(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
