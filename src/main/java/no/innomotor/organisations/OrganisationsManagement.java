package no.innomotor.organisations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.innomotor.organisations.OrganisationEvents.OrganisationApproved;
import no.innomotor.organisations.OrganisationEvents.OrganisationRegistered;
import no.innomotor.organisations.OrganisationEvents.OrganisationRejected;
import no.innomotor.organisations.OrganisationEvents.PersonRegistered;
import no.innomotor.organisations.OrganisationEvents.RoleGranted;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations module's public API: organisations, people and their roles. */
@Service
@Transactional
public class OrganisationsManagement {

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final MembershipRoleRepository roles;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationsManagement(OrganisationRepository organisations, PersonRepository people,
            MembershipRoleRepository roles, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.roles = roles;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an organisation; public buyers and instrument actors wait for an administrator's approval. */
    public OrganisationSummary register(RegisterOrganisation command, @Nullable PersonId actor) {
        if (organisations.existsByOrgNumber(command.orgNumber().value())) {
            throw new OrganisationAlreadyRegistered(command.orgNumber());
        }
        Organisation org = organisations.save(new Organisation(command.orgNumber(), command.name().trim(),
                command.type(), command.nutsCode(), command.sector(), clock.instant()));
        events.publishEvent(new OrganisationRegistered(actor, org.id(), org.name(), org.type(), org.status()));
        return OrganisationSummary.of(org);
    }

    public void approve(OrganisationId id, @Nullable PersonId actor) {
        Organisation org = load(id);
        org.approve();
        events.publishEvent(new OrganisationApproved(actor, id, org.name()));
    }

    public void reject(OrganisationId id, @Nullable PersonId actor) {
        Organisation org = load(id);
        org.reject();
        events.publishEvent(new OrganisationRejected(actor, id, org.name()));
    }

    /** Creates a local account. The password is hashed here and never stored or logged in clear. */
    public PersonSummary createPerson(String email, String displayName, @Nullable String rawPassword,
            @Nullable PersonId actor) {
        String normalised = Person.normalise(email);
        if (people.existsByEmail(normalised)) {
            throw new EmailAlreadyRegistered(normalised);
        }
        String hash = rawPassword == null ? null : passwordEncoder.encode(rawPassword);
        Person person = people.save(new Person(normalised, displayName.trim(), hash, clock.instant()));
        events.publishEvent(new PersonRegistered(actor, person.id(), person.email()));
        return PersonSummary.of(person);
    }

    public void grantRole(PersonId person, OrganisationId organisation, Role role, @Nullable PersonId actor) {
        load(organisation);
        if (!roles.existsByPersonIdAndOrganisationIdAndRole(person.value(), organisation.value(), role)) {
            roles.save(new MembershipRole(person, organisation, role, clock.instant()));
            events.publishEvent(new RoleGranted(actor, organisation, person, role));
        }
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return organisations.findById(id.value()).map(OrganisationSummary::of);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByOrgNumber(OrgNumber orgNumber) {
        return organisations.findByOrgNumber(orgNumber.value()).map(OrganisationSummary::of);
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> all() {
        return organisations.findAllByOrderByNameAsc().stream().map(OrganisationSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> awaitingApproval() {
        return organisations.findByStatusOrderByCreatedAtAsc(OrganisationStatus.PENDING).stream()
                .map(OrganisationSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PersonSummary> findPerson(PersonId id) {
        return people.findById(id.value()).map(PersonSummary::of);
    }

    @Transactional(readOnly = true)
    public Optional<PersonSummary> findPersonByEmail(String email) {
        return people.findByEmail(Person.normalise(email)).map(PersonSummary::of);
    }

    /** The people who hold a role in an organisation, e.g. its top leaders. */
    @Transactional(readOnly = true)
    public List<PersonSummary> peopleWithRole(OrganisationId organisation, Role role) {
        return roles.findByOrganisationId(organisation.value()).stream()
                .filter(grant -> grant.role() == role)
                .map(grant -> people.findById(grant.personId().value()))
                .flatMap(Optional::stream)
                .map(PersonSummary::of)
                .toList();
    }

    private Organisation load(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(() -> new OrganisationNotFound(id));
    }
}
