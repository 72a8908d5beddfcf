package no.innomotor.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;

/** A buyer who follows a solution, to be told when it changes or is adopted. */
@Entity
@Table(name = "knowledge_solution_follower")
class SolutionFollower {

    @Embeddable
    record Key(
            @Column(name = "solution_id") UUID solutionId,
            @Column(name = "person_id") UUID personId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected SolutionFollower() {}

    SolutionFollower(SolutionId solution, PersonId person, Instant now) {
        this.key = new Key(solution.value(), person.value());
        this.followedAt = now;
    }

    PersonId person() {
        return new PersonId(key.personId());
    }
}
