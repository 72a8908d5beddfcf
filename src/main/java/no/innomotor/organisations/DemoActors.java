package no.innomotor.organisations;

import java.util.EnumSet;
import java.util.List;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Membership;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The people who act in the modules' demo data: a demo person as the signed-in person they would be, holding one
 * role in one organisation, so the demo goes through the same commands and checks as a person in the browser.
 */
@Component
public class DemoActors {

    private final OrganisationsManagement organisations;

    DemoActors(OrganisationsManagement organisations) {
        this.organisations = organisations;
    }

    /** The person acting with the role in the organisation; none where either is missing. */
    public @Nullable CurrentUser actor(@Nullable PersonId person, OrganisationId organisation, Role role) {
        if (person == null) {
            return null;
        }
        PersonSummary summary = organisations.findPerson(person).orElse(null);
        OrganisationSummary org = organisations.find(organisation).orElse(null);
        if (summary == null || org == null) {
            return null;
        }
        return new Actor(
                person,
                summary.displayName(),
                summary.email(),
                List.of(new Membership(organisation, org.name(), org.approved(), EnumSet.of(role))));
    }

    /** A demo person without a password, made when missing and given the role: takes part, never signs in. */
    public @Nullable CurrentUser newActor(String email, String name, OrganisationId organisation, Role role) {
        PersonSummary person = organisations
                .findPersonByEmail(email)
                .orElseGet(() -> organisations.createPerson(email, name, null, null));
        organisations.grantRole(person.id(), organisation, role, null);
        return actor(person.id(), organisation, role);
    }

    private record Actor(PersonId personId, String displayName, String email, List<Membership> memberships)
            implements CurrentUser {}
}
