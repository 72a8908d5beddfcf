package no.innomotor.organisations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import no.innomotor.organisations.OrganisationEvents.InvitationAccepted;
import no.innomotor.organisations.OrganisationEvents.MemberInvited;
import no.innomotor.organisations.OrganisationEvents.PersonRegistered;
import no.innomotor.shared.BaseUrl;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by e-mail: a member invites someone to their organisation with a role; the link in the mail works
 * once, for 14 days. Only the token's hash is stored; the mail itself is sent by the notifications module, which
 * listens for {@link MemberInvited}.
 */
@Service
@Transactional
public class InvitationsManagement {

    /** How long an invitation link works. */
    public static final Duration VALID_FOR = Duration.ofDays(14);

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final MembershipRoleRepository roles;
    private final InvitationRepository invitations;
    private final OrganisationsManagement management;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    InvitationsManagement(
            OrganisationRepository organisations,
            PersonRepository people,
            MembershipRoleRepository roles,
            InvitationRepository invitations,
            OrganisationsManagement management,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${innomotor.base-url}") String baseUrl) {
        this.organisations = organisations;
        this.people = people;
        this.roles = roles;
        this.invitations = invitations;
        this.management = management;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /**
     * Invites {@code email} to the organisation with {@code role}, on behalf of {@code by} (see
     * {@link RoleGrantPolicy} for who may; never one's own address). The mail goes out in {@code locale}.
     */
    public InvitationSummary invite(
            OrganisationId organisationId, String email, Role role, CurrentUser by, Locale locale) {
        OrganisationAccess access = new OrganisationAccess(roles);
        Organisation org = organisations
                .findById(organisationId.value())
                .filter(found -> access.maySee(by, found))
                .orElseThrow(() -> new OrganisationNotFound(organisationId));
        if (!by.isAdmin() && !org.isApproved()) {
            throw new OrganisationNotApproved();
        }
        if (!access.invitableRoles(by, org).contains(role)) {
            throw new RoleNotAllowed(role, org.type());
        }
        if (RoleGrantPolicy.isOneself(by, email)) {
            throw new RoleForOneself();
        }
        String normalised = Person.normalise(email);
        boolean alreadyHeld = people.findByEmail(normalised)
                .map(person -> roles.existsByPersonIdAndOrganisationIdAndRole(
                        person.id().value(), organisationId.value(), role))
                .orElse(false);
        if (alreadyHeld) {
            throw new RoleAlreadyHeld();
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(
                organisationId, normalised, role, Tokens.hash(token), by.personId(), now, now.plus(VALID_FOR)));
        events.publishEvent(new MemberInvited(
                by.personId(),
                organisationId,
                invitation.id(),
                normalised,
                org.name(),
                role,
                by.displayName(),
                baseUrl + "/invitations/" + token,
                invitation.expiresAt(),
                locale));
        return InvitationSummary.of(invitation);
    }

    /** The invitation behind a link, if it is still good: known, unused, unexpired, organisation not rejected. */
    @Transactional(readOnly = true)
    public Optional<InvitationView> find(String token) {
        return open(token).map(invitation -> {
            Organisation org =
                    organisations.findById(invitation.organisationId().value()).orElseThrow();
            String invitedBy = invitation.invitedBy() == null
                    ? null
                    : people.findById(invitation.invitedBy().value())
                            .map(Person::displayName)
                            .orElse(null);
            return new InvitationView(
                    org.id(),
                    org.name(),
                    invitation.email(),
                    invitation.role(),
                    invitedBy,
                    invitation.expiresAt(),
                    people.existsByEmail(invitation.email()));
        });
    }

    /**
     * Accepts for a person who has no account yet: creates it with the invited e-mail address, then grants the role.
     * Refused when an account with that address exists (that person signs in and accepts instead).
     */
    public PersonId acceptWithNewAccount(String token, String displayName, String password) {
        Invitation invitation = open(token).orElseThrow(InvitationNotValid::new);
        PasswordRules.check(password);
        if (people.existsByEmail(invitation.email())) {
            throw new EmailAlreadyRegistered(invitation.email());
        }
        Person person = people.save(
                new Person(invitation.email(), displayName.trim(), passwordEncoder.encode(password), clock.instant()));
        events.publishEvent(new PersonRegistered(person.id(), person.id(), person.email()));
        accept(invitation, person.id());
        return person.id();
    }

    /** Accepts for the signed-in person, who must be the one the invitation was sent to. */
    public void acceptAs(String token, CurrentUser person) {
        Invitation invitation = open(token).orElseThrow(InvitationNotValid::new);
        if (!Person.normalise(person.email()).equals(invitation.email())) {
            throw new InvitationForSomeoneElse();
        }
        accept(invitation, person.personId());
    }

    /**
     * Nobody accepts an invitation they sent themselves. The role is given on behalf of the person who invited; a
     * TOP_LEADER then waits for a second person's approval ({@link RoleGrantPolicy}).
     */
    private void accept(Invitation invitation, PersonId person) {
        if (person.equals(invitation.invitedBy())) {
            throw new RoleForOneself();
        }
        invitation.accept(person, clock.instant());
        events.publishEvent(new InvitationAccepted(
                person, invitation.organisationId(), invitation.id(), person, invitation.role()));
        management.give(person, invitation.organisationId(), invitation.role(), invitation.invitedBy());
    }

    private Optional<Invitation> open(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return invitations
                .findByTokenHash(Tokens.hash(token))
                .filter(invitation -> invitation.isOpen(now))
                .filter(invitation -> organisations
                        .findById(invitation.organisationId().value())
                        .map(org -> org.status() != OrganisationStatus.REJECTED)
                        .orElse(false));
    }
}
