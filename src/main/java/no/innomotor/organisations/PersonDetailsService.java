package no.innomotor.organisations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.Membership;
import no.innomotor.shared.security.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a person and their memberships for sign-in: only ACTIVE roles; a role waiting for approval gives no right. */
@Service
@Transactional(readOnly = true)
class PersonDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final MembershipRoleRepository roles;
    private final OrganisationRepository organisations;

    PersonDetailsService(
            PersonRepository people, MembershipRoleRepository roles, OrganisationRepository organisations) {
        this.people = people;
        this.roles = roles;
        this.organisations = organisations;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Person person = people.findByEmail(Person.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return toPrincipal(person);
    }

    SignedInPerson toPrincipal(Person person) {
        return new SignedInPerson(
                person.id(),
                person.email(),
                person.displayName(),
                person.passwordHash(),
                person.enabled(),
                membershipsOf(person.id().value()));
    }

    List<Membership> membershipsOf(UUID personId) {
        Map<UUID, Set<Role>> byOrganisation = new LinkedHashMap<>();
        for (MembershipRole grant : roles.findByPersonIdAndStatus(personId, MembershipRole.Status.ACTIVE)) {
            byOrganisation
                    .computeIfAbsent(grant.organisationId().value(), id -> EnumSet.noneOf(Role.class))
                    .add(grant.role());
        }
        List<Membership> memberships = new ArrayList<>();
        organisations.findAllById(byOrganisation.keySet()).stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(org -> memberships.add(new Membership(
                        new OrganisationId(org.id().value()),
                        org.name(),
                        org.isApproved(),
                        byOrganisation.get(org.id().value()),
                        org.status() == OrganisationStatus.PENDING)));
        return memberships;
    }
}
