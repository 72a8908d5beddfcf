package no.innomotor.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A registration waiting for its address to be confirmed. It holds what the form said (the password only as its
 * hash); following the mailed link creates the organisation and the account, once, within a limited time.
 */
@Entity
@Table(name = "registration_request")
class RegistrationRequest {

    @Id
    private UUID id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private String email;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "org_number", nullable = false, length = 9)
    private String orgNumber;

    @Column(name = "org_name", nullable = false)
    private String orgName;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false)
    private OrganisationType orgType;

    @Column(name = "nuts_code")
    private @Nullable String nutsCode;

    @Column
    private @Nullable String sector;

    @Column(nullable = false)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Version
    private long version;

    protected RegistrationRequest() {}

    RegistrationRequest(
            String tokenHash,
            String email,
            String personName,
            String passwordHash,
            Role role,
            RegisterOrganisation organisation,
            String language,
            Instant now,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tokenHash = tokenHash;
        this.email = email;
        this.personName = personName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.orgNumber = organisation.orgNumber().value();
        this.orgName = organisation.name();
        this.orgType = organisation.type();
        this.nutsCode = organisation.nutsCode();
        this.sector = organisation.sector();
        this.language = language;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return confirmedAt == null && now.isBefore(expiresAt);
    }

    void confirm(Instant now) {
        this.confirmedAt = now;
    }

    RegisterOrganisation organisation() {
        return new RegisterOrganisation(new OrgNumber(orgNumber), orgName, orgType, nutsCode, sector);
    }

    String email() {
        return email;
    }

    String personName() {
        return personName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    /** The language of the registration form (a language tag). */
    String language() {
        return language;
    }
}
