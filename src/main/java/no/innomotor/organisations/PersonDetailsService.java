package no.innomotor.organisations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    PersonDetailsService(PersonRepository people) {
        this.people = people;
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

    /** A person's name, whether they may sign in, and their memberships (only active roles give one). */
    record Access(String displayName, boolean enabled, List<Membership> memberships) {}

    /** Read in one statement, since every signed-in request asks; empty when there is no such person. */
    Optional<Access> access(UUID personId) {
        List<AccessRow> rows = people.access(personId, MembershipRole.Status.ACTIVE);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, AccessRow> organisationsHeld = new LinkedHashMap<>();
        Map<UUID, Set<Role>> byOrganisation = new LinkedHashMap<>();
        for (AccessRow row : rows) {
            if (row.organisationId() != null && row.role() != null) {
                organisationsHeld.putIfAbsent(row.organisationId(), row);
                byOrganisation
                        .computeIfAbsent(row.organisationId(), id -> EnumSet.noneOf(Role.class))
                        .add(row.role());
            }
        }
        List<Membership> memberships = new ArrayList<>();
        organisationsHeld.values().stream()
                .sorted((a, b) -> Objects.requireNonNull(a.organisationName())
                        .compareToIgnoreCase(Objects.requireNonNull(b.organisationName())))
                .forEach(org -> memberships.add(new Membership(
                        new OrganisationId(Objects.requireNonNull(org.organisationId())),
                        Objects.requireNonNull(org.organisationName()),
                        org.organisationStatus() == OrganisationStatus.APPROVED,
                        byOrganisation.get(org.organisationId()),
                        org.organisationStatus() == OrganisationStatus.PENDING)));
        AccessRow person = rows.get(0);
        return Optional.of(new Access(person.displayName(), person.enabled(), memberships));
    }

    List<Membership> membershipsOf(UUID personId) {
        return access(personId).map(Access::memberships).orElse(List.of());
    }
}
