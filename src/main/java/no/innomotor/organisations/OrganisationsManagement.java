package no.innomotor.organisations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innomotor.organisations.OrganisationEvents.OrganisationApproved;
import no.innomotor.organisations.OrganisationEvents.OrganisationRegistered;
import no.innomotor.organisations.OrganisationEvents.OrganisationRejected;
import no.innomotor.organisations.OrganisationEvents.PersonRegistered;
import no.innomotor.organisations.OrganisationEvents.RoleApproved;
import no.innomotor.organisations.OrganisationEvents.RoleGranted;
import no.innomotor.organisations.OrganisationEvents.RoleRefused;
import no.innomotor.organisations.OrganisationEvents.RoleWithdrawn;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations module's public API: organisations, people and their roles. */
@Service
@Transactional
public class OrganisationsManagement {

    /** Ids per {@code in (…)} list: well under what H2 and PostgreSQL take in one statement. */
    private static final int IN_LIST = 1_000;

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final MembershipRoleRepository roles;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationsManagement(
            OrganisationRepository organisations,
            PersonRepository people,
            MembershipRoleRepository roles,
            InvitationRepository invitations,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.roles = roles;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an organisation; public buyers and instrument actors wait for an administrator's approval. */
    public OrganisationSummary register(RegisterOrganisation command, @Nullable PersonId actor) {
        if (organisations.existsByOrgNumber(command.orgNumber().value())) {
            throw new OrganisationAlreadyRegistered(command.orgNumber());
        }
        Organisation org = organisations.save(new Organisation(
                command.orgNumber(),
                command.name().trim(),
                command.type(),
                command.nutsCode(),
                command.sector(),
                clock.instant()));
        events.publishEvent(new OrganisationRegistered(actor, org.id(), org.name(), org.type(), org.status()));
        return OrganisationSummary.of(org);
    }

    /**
     * The public registration: the organisation, the registering person's account and their role in it, all or
     * nothing. The role must belong to the organisation's type; until an organisation that needs approval is
     * approved, the role does not count.
     */
    public Registration registerWithAccount(RegisterWithAccount command) {
        checkRegistration(command.organisation(), command.role());
        PasswordRules.check(command.password());
        return create(
                command.organisation(),
                command.name(),
                command.email(),
                passwordEncoder.encode(command.password()),
                command.role());
    }

    /** What registering would refuse before anything is created: a role the type does not have, a taken number. */
    void checkRegistration(RegisterOrganisation organisation, Role role) {
        if (!organisation.type().memberRoles().contains(role)) {
            throw new RoleNotAllowed(role, organisation.type());
        }
        if (organisations.existsByOrgNumber(organisation.orgNumber().value())) {
            throw new OrganisationAlreadyRegistered(organisation.orgNumber());
        }
    }

    /** Registers the organisation and the account, the password already hashed (a confirmed registration). */
    Registration register(
            RegisterOrganisation organisation, String name, String email, String passwordHash, Role role) {
        checkRegistration(organisation, role);
        return create(organisation, name, email, passwordHash, role);
    }

    private Registration create(
            RegisterOrganisation organisation, String name, String email, String passwordHash, Role role) {
        Person person = newPersonHashed(email, name, passwordHash);
        events.publishEvent(new PersonRegistered(person.id(), person.id(), person.email()));
        OrganisationSummary org = register(organisation, person.id());
        // The registering person grants the role to themselves: a TOP_LEADER waits for an administrator's approval.
        give(person.id(), org.id(), role, person.id());
        return new Registration(org, PersonSummary.of(person));
    }

    /** Approves an organisation; approving one already approved changes nothing and records nothing. */
    public void approve(OrganisationId id, @Nullable PersonId actor) {
        Organisation org = load(id);
        if (org.approve()) {
            events.publishEvent(new OrganisationApproved(actor, id, org.name()));
        }
    }

    /** Rejects an organisation (or withdraws its approval); its members' roles stop counting. */
    public void reject(OrganisationId id, @Nullable PersonId actor) {
        Organisation org = load(id);
        if (org.reject()) {
            events.publishEvent(new OrganisationRejected(actor, id, org.name()));
        }
    }

    /** Creates a local account. The password is hashed here and never stored or logged in clear. */
    public PersonSummary createPerson(
            String email, String displayName, @Nullable String rawPassword, @Nullable PersonId actor) {
        Person person = newPerson(email, displayName, rawPassword);
        events.publishEvent(new PersonRegistered(actor, person.id(), person.email()));
        return PersonSummary.of(person);
    }

    /**
     * Grants a role outright, without the checks of {@link RoleGrantPolicy} and without a second approval: for set-up
     * the platform itself does (demo data, tests). People grant roles through invitations.
     */
    public void grantRole(PersonId person, OrganisationId organisation, Role role, @Nullable PersonId actor) {
        load(organisation);
        if (!roles.existsByPersonIdAndOrganisationIdAndRole(person.value(), organisation.value(), role)) {
            roles.save(new MembershipRole(person, organisation, role, clock.instant()));
            events.publishEvent(new RoleGranted(actor, organisation, person, role));
        }
    }

    /**
     * Grants a role as the platform's own set-up (demo data) does when it shows a role waiting: a role that needs
     * approval is PENDING, as if {@code grantedBy} had invited the person, and waits for a second person.
     */
    public void grantRoleAwaitingApproval(
            PersonId person, OrganisationId organisation, Role role, @Nullable PersonId grantedBy) {
        give(person, organisation, role, grantedBy);
    }

    /**
     * Gives {@code person} the role on behalf of {@code grantedBy} (who was entitled, as checked by the caller). A
     * role that needs approval ({@link RoleGrantPolicy#needsApproval}) is PENDING and counts only once approved.
     */
    void give(PersonId person, OrganisationId organisation, Role role, @Nullable PersonId grantedBy) {
        Organisation org = load(organisation);
        if (roles.existsByPersonIdAndOrganisationIdAndRole(person.value(), organisation.value(), role)) {
            return;
        }
        if (RoleGrantPolicy.needsApproval(role)) {
            roles.save(new MembershipRole(
                    person, organisation, role, grantedBy, MembershipRole.Status.PENDING, clock.instant()));
            String name =
                    people.findById(person.value()).map(Person::displayName).orElse("");
            events.publishEvent(new RoleApprovalRequested(
                    grantedBy, organisation, org.name(), person, name, role, LocaleContextHolder.getLocale()));
        } else {
            roles.save(new MembershipRole(
                    person, organisation, role, grantedBy, MembershipRole.Status.ACTIVE, clock.instant()));
            events.publishEvent(new RoleGranted(grantedBy, organisation, person, role));
        }
    }

    /** Approves a role waiting for approval; only a second person entitled by {@link RoleGrantPolicy} may. */
    public void approveRole(OrganisationId organisation, PersonId person, Role role, CurrentUser by) {
        Organisation org = visible(organisation, by);
        MembershipRole grant = grantOf(org, person, role)
                .filter(found -> RoleGrantPolicy.mayApprove(by, org, found))
                .orElseThrow(RoleGrantNotFound::new);
        grant.approve(by.personId(), clock.instant());
        events.publishEvent(new RoleApproved(by.personId(), organisation, person, role));
    }

    /** Refuses a role waiting for approval: it is removed and never counted. */
    public void refuseRole(OrganisationId organisation, PersonId person, Role role, CurrentUser by) {
        Organisation org = visible(organisation, by);
        MembershipRole grant = grantOf(org, person, role)
                .filter(found -> RoleGrantPolicy.mayApprove(by, org, found))
                .orElseThrow(RoleGrantNotFound::new);
        roles.delete(grant);
        events.publishEvent(new RoleRefused(by.personId(), organisation, person, role));
    }

    /** Withdraws an active role; it stops counting on the person's next request. */
    public void withdrawRole(OrganisationId organisation, PersonId person, Role role, CurrentUser by) {
        Organisation org = visible(organisation, by);
        MembershipRole grant = grantOf(org, person, role)
                .filter(found -> RoleGrantPolicy.mayWithdraw(by, org, found))
                .orElseThrow(RoleGrantNotFound::new);
        roles.delete(grant);
        events.publishEvent(new RoleWithdrawn(by.personId(), organisation, person, role));
    }

    /** The roles waiting for approval that {@code user} may approve, oldest first (for the front page). */
    @Transactional(readOnly = true)
    public List<PendingRoleApproval> approvalsWaitingFor(CurrentUser user) {
        List<PendingRoleApproval> waiting = new ArrayList<>();
        for (MembershipRole grant : roles.findByStatusOrderByGrantedAtAsc(MembershipRole.Status.PENDING)) {
            Organisation org =
                    organisations.findById(grant.organisationId().value()).orElse(null);
            if (org == null || !RoleGrantPolicy.mayApprove(user, org, grant)) {
                continue;
            }
            Person person = people.findById(grant.personId().value()).orElse(null);
            if (person == null) {
                continue;
            }
            String grantedBy = grant.grantedBy() == null
                    ? null
                    : people.findById(grant.grantedBy().value())
                            .map(Person::displayName)
                            .orElse(null);
            waiting.add(new PendingRoleApproval(
                    org.id(),
                    org.name(),
                    person.id(),
                    person.displayName(),
                    person.email(),
                    grant.role(),
                    grantedBy,
                    grant.grantedAt()));
        }
        return waiting;
    }

    /**
     * Who may approve a role given to {@code person} by {@code grantedBy} in the organisation: the platform's
     * administrators and the organisation's top leaders, except those two people. For the mail that asks them.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> approversOf(OrganisationId organisation, PersonId person, @Nullable PersonId grantedBy) {
        Set<UUID> ids = new java.util.LinkedHashSet<>();
        for (MembershipRole admin : roles.findByRoleAndStatus(Role.ADMIN, MembershipRole.Status.ACTIVE)) {
            if (organisations
                    .findById(admin.organisationId().value())
                    .map(Organisation::isApproved)
                    .orElse(false)) {
                ids.add(admin.personId().value());
            }
        }
        if (organisations
                .findById(organisation.value())
                .map(Organisation::isApproved)
                .orElse(false)) {
            for (MembershipRole grant : roles.findByOrganisationId(organisation.value())) {
                if (grant.active() && grant.role() == Role.TOP_LEADER) {
                    ids.add(grant.personId().value());
                }
            }
        }
        ids.remove(person.value());
        if (grantedBy != null) {
            ids.remove(grantedBy.value());
        }
        return people.findAllById(ids).stream()
                .filter(Person::enabled)
                .map(PersonSummary::of)
                .sorted(Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return organisations.findById(id.value()).map(OrganisationSummary::of);
    }

    /** The organisations of the ids that exist, in one statement (a list page names many at once). */
    @Transactional(readOnly = true)
    public Map<OrganisationId, OrganisationSummary> find(Collection<OrganisationId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<OrganisationId, OrganisationSummary> found = new HashMap<>();
        organisations
                .findAllById(ids.stream().map(OrganisationId::value).distinct().toList())
                .forEach(org -> found.put(org.id(), OrganisationSummary.of(org)));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByOrgNumber(OrgNumber orgNumber) {
        return organisations.findByOrgNumber(orgNumber.value()).map(OrganisationSummary::of);
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> all() {
        return organisations.findAllByOrderByNameAsc().stream()
                .map(OrganisationSummary::of)
                .toList();
    }

    /** Every organisation with the status, by name; all of them when {@code status} is null. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> withStatus(@Nullable OrganisationStatus status) {
        List<Organisation> found = status == null
                ? organisations.findAllByOrderByNameAsc()
                : organisations.findByStatusOrderByNameAsc(status);
        return found.stream().map(OrganisationSummary::of).toList();
    }

    /** The approval queue, oldest first. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> awaitingApproval() {
        return organisations.findByStatusOrderByCreatedAtAsc(OrganisationStatus.PENDING).stream()
                .map(OrganisationSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PersonSummary> findPerson(PersonId id) {
        return people.findById(id.value()).map(PersonSummary::of);
    }

    /** The people of the ids that exist, in one statement (a page naming a team and who did what). */
    @Transactional(readOnly = true)
    public Map<PersonId, PersonSummary> findPeople(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, PersonSummary> found = new HashMap<>();
        people.findAllById(ids.stream().map(PersonId::value).distinct().toList())
                .forEach(person -> found.put(person.id(), PersonSummary.of(person)));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<PersonSummary> findPersonByEmail(String email) {
        return people.findByEmail(Person.normalise(email)).map(PersonSummary::of);
    }

    /** The people who hold a role in an organisation, e.g. its top leaders. */
    @Transactional(readOnly = true)
    public List<PersonSummary> peopleWithRole(OrganisationId organisation, Role role) {
        return roles.findByOrganisationId(organisation.value()).stream()
                .filter(grant -> grant.role() == role && grant.active())
                .map(grant -> people.findById(grant.personId().value()))
                .flatMap(Optional::stream)
                .map(PersonSummary::of)
                .toList();
    }

    /**
     * The people who hold a role in each of many organisations (the suppliers of every company an opportunity
     * reached), in two statements per thousand organisations; an organisation with nobody in the role is left out.
     */
    @Transactional(readOnly = true)
    public Map<OrganisationId, List<PersonSummary>> peopleWithRole(
            Collection<OrganisationId> organisations, Role role) {
        List<UUID> ids =
                organisations.stream().map(OrganisationId::value).distinct().toList();
        Map<OrganisationId, List<PersonId>> holders = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            for (MembershipRole grant : roles.findByOrganisationIdInAndRoleAndStatus(
                    ids.subList(from, Math.min(ids.size(), from + IN_LIST)), role, MembershipRole.Status.ACTIVE)) {
                holders.computeIfAbsent(grant.organisationId(), o -> new ArrayList<>())
                        .add(grant.personId());
            }
        }
        List<PersonId> everyone =
                holders.values().stream().flatMap(List::stream).distinct().toList();
        Map<PersonId, PersonSummary> found = new HashMap<>();
        for (int from = 0; from < everyone.size(); from += IN_LIST) {
            found.putAll(findPeople(everyone.subList(from, Math.min(everyone.size(), from + IN_LIST))));
        }
        Map<OrganisationId, List<PersonSummary>> result = new LinkedHashMap<>();
        holders.forEach((organisation, people) -> result.put(
                organisation,
                people.stream()
                        .map(found::get)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        return result;
    }

    /** Everyone who holds a role in the organisation, by name, with their roles and those waiting for approval. */
    @Transactional(readOnly = true)
    public List<MemberSummary> members(OrganisationId organisation) {
        Map<UUID, Set<Role>> active = new LinkedHashMap<>();
        Map<UUID, Set<Role>> pending = new LinkedHashMap<>();
        for (MembershipRole grant : roles.findByOrganisationId(organisation.value())) {
            active.computeIfAbsent(grant.personId().value(), id -> EnumSet.noneOf(Role.class));
            pending.computeIfAbsent(grant.personId().value(), id -> EnumSet.noneOf(Role.class));
            (grant.active() ? active : pending).get(grant.personId().value()).add(grant.role());
        }
        List<MemberSummary> members = new ArrayList<>();
        for (Person person : people.findAllById(active.keySet())) {
            members.add(new MemberSummary(
                    PersonSummary.of(person),
                    List.copyOf(active.get(person.id().value())),
                    List.copyOf(pending.get(person.id().value()))));
        }
        members.sort(
                Comparator.comparing((MemberSummary m) -> m.person().displayName(), String.CASE_INSENSITIVE_ORDER));
        return members;
    }

    /**
     * The organisation page for {@code viewer}. Who may see it is decided by {@link OrganisationAccess}, who may
     * invite, approve and withdraw by {@link RoleGrantPolicy}; anyone else is told it does not exist.
     */
    @Transactional(readOnly = true)
    public OrganisationOverview overview(OrganisationId id, CurrentUser viewer) {
        Organisation org = visible(id, viewer);
        List<InvitationSummary> open = invitations
                .findByOrganisationIdAndAcceptedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
                        id.value(), clock.instant())
                .stream()
                .map(InvitationSummary::of)
                .toList();
        Map<PersonId, List<Role>> approvable = new LinkedHashMap<>();
        Map<PersonId, List<Role>> withdrawable = new LinkedHashMap<>();
        for (MembershipRole grant : roles.findByOrganisationId(id.value())) {
            if (RoleGrantPolicy.mayApprove(viewer, org, grant)) {
                approvable
                        .computeIfAbsent(grant.personId(), p -> new ArrayList<>())
                        .add(grant.role());
            }
            if (RoleGrantPolicy.mayWithdraw(viewer, org, grant)) {
                withdrawable
                        .computeIfAbsent(grant.personId(), p -> new ArrayList<>())
                        .add(grant.role());
            }
        }
        return new OrganisationOverview(
                OrganisationSummary.of(org),
                members(id),
                open,
                access().invitableRoles(viewer, org),
                viewer.isAdmin(),
                approvable,
                withdrawable);
    }

    private Organisation visible(OrganisationId id, CurrentUser viewer) {
        return organisations
                .findById(id.value())
                .filter(found -> access().maySee(viewer, found))
                .orElseThrow(() -> new OrganisationNotFound(id));
    }

    private Optional<MembershipRole> grantOf(Organisation org, PersonId person, Role role) {
        return roles.findByPersonIdAndOrganisationIdAndRole(
                person.value(), org.id().value(), role);
    }

    private OrganisationAccess access() {
        return new OrganisationAccess(roles);
    }

    private Person newPerson(String email, String displayName, @Nullable String rawPassword) {
        return newPersonHashed(email, displayName, rawPassword == null ? null : passwordEncoder.encode(rawPassword));
    }

    private Person newPersonHashed(String email, String displayName, @Nullable String passwordHash) {
        String normalised = Person.normalise(email);
        if (people.existsByEmail(normalised)) {
            throw new EmailAlreadyRegistered(normalised);
        }
        return people.save(new Person(normalised, displayName.trim(), passwordHash, clock.instant()));
    }

    private Organisation load(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(() -> new OrganisationNotFound(id));
    }
}
