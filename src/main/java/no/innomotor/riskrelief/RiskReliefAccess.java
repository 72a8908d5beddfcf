package no.innomotor.riskrelief;

import no.innomotor.riskrelief.RiskReliefExceptions.ApplicationNotFound;
import no.innomotor.riskrelief.RiskReliefExceptions.SchemeNotFound;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is what to a scheme and an application. An instrument actor of the owning organisation keeps the scheme; a
 * published scheme is read by every signed-in buyer, supplier and instrument actor. An application is read by its
 * applicant (the buyers of a buyer organisation, the suppliers of a company), by the owner's actors once submitted,
 * and by the assessors assigned to it — except by anyone who declared a conflict of interest on it, to whom it is
 * closed, also as owner. Anyone else is told it does not exist.
 */
@Component
class RiskReliefAccess {

    private final SchemeRepository schemes;
    private final ApplicationRepository applications;

    RiskReliefAccess(SchemeRepository schemes, ApplicationRepository applications) {
        this.schemes = schemes;
        this.applications = applications;
    }

    static boolean owns(CurrentUser user, OrganisationId owner) {
        return user.hasRole(owner, Role.INSTRUMENT_ACTOR);
    }

    static boolean readsPublished(CurrentUser user) {
        return user.hasRoleAnywhere(Role.BUYER)
                || user.hasRoleAnywhere(Role.SUPPLIER)
                || user.hasRoleAnywhere(Role.INSTRUMENT_ACTOR);
    }

    static boolean applicant(CurrentUser user, RiskReliefApplication application) {
        return user.hasRole(
                application.applicant(),
                application.applicantKind() == ApplicantKind.BUYER ? Role.BUYER : Role.SUPPLIER);
    }

    static boolean owner(CurrentUser user, RiskReliefApplication application) {
        return owns(user, application.schemeOwner())
                && application.status() != ApplicationStatus.DRAFT
                && !application.conflicted(user.personId());
    }

    /** An assessor assigned and without a declared conflict, who may still assess on the platform. */
    static boolean assessor(CurrentUser user, RiskReliefApplication application) {
        return application
                        .assignment(user.personId())
                        .filter(a -> !a.conflicted())
                        .isPresent()
                && mayAssess(user, application.schemeOwner(), application.applicant());
    }

    /**
     * The platform's expert panel (jury) or an actor of the scheme's owner, who belongs to no part of the applicant's
     * organisation: nobody assesses their own organisation's application.
     */
    static boolean mayAssess(CurrentUser user, OrganisationId owner, OrganisationId applicant) {
        boolean qualified = user.hasRoleAnywhere(Role.JURY) || user.hasRole(owner, Role.INSTRUMENT_ACTOR);
        boolean ownApplicant =
                user.memberships().stream().anyMatch(m -> m.organisationId().equals(applicant));
        return qualified && !ownApplicant;
    }

    static boolean readable(CurrentUser user, RiskReliefApplication application) {
        if (application.conflicted(user.personId())) {
            return false;
        }
        return applicant(user, application) || owner(user, application) || assessor(user, application);
    }

    Scheme visibleScheme(SchemeId id, CurrentUser user) {
        Scheme scheme = schemes.findById(id.value()).orElseThrow(() -> new SchemeNotFound(id));
        if (owns(user, scheme.owner()) || (scheme.published() && readsPublished(user))) {
            return scheme;
        }
        throw new SchemeNotFound(id);
    }

    Scheme ownedScheme(SchemeId id, CurrentUser user) {
        Scheme scheme = schemes.findById(id.value()).orElseThrow(() -> new SchemeNotFound(id));
        if (owns(user, scheme.owner())) {
            return scheme;
        }
        // Another actor's scheme is not theirs to change: for a command it is not found, published or not.
        throw new SchemeNotFound(id);
    }

    RiskReliefApplication readableApplication(ApplicationId id, CurrentUser user) {
        RiskReliefApplication application =
                applications.findById(id.value()).orElseThrow(() -> new ApplicationNotFound(id));
        if (!readable(user, application)) {
            throw new ApplicationNotFound(id);
        }
        return application;
    }

    /** For the applicant's commands: a reader who is not the applicant is refused, anyone else not told. */
    RiskReliefApplication asApplicant(ApplicationId id, CurrentUser user) {
        RiskReliefApplication application = readableApplication(id, user);
        if (!applicant(user, application)) {
            throw new AccessDeniedException("Only the applicant does this");
        }
        return application;
    }

    RiskReliefApplication asOwner(ApplicationId id, CurrentUser user) {
        RiskReliefApplication application = readableApplication(id, user);
        if (!owner(user, application)) {
            throw new AccessDeniedException("Only the scheme's owner does this");
        }
        return application;
    }

    RiskReliefApplication asAssessor(ApplicationId id, CurrentUser user) {
        RiskReliefApplication application = readableApplication(id, user);
        if (!assessor(user, application)) {
            throw new AccessDeniedException("Only an assigned assessor does this");
        }
        return application;
    }
}
