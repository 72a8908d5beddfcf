package no.innomotor.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "person")
class Person {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** Null for people who only sign in through OpenID Connect. */
    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The language the person last chose (nb, nn, en); null until they choose one. */
    @Column(length = 10)
    private @Nullable String language;

    @Version
    private long version;

    protected Person() {}

    Person(String email, String displayName, @Nullable String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Records the language the person chose; returns whether it changed. */
    boolean chooseLanguage(String language) {
        if (language.equals(this.language)) {
            return false;
        }
        this.language = language;
        return true;
    }

    @Nullable
    String language() {
        return language;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    PersonId id() {
        return new PersonId(id);
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }
}
