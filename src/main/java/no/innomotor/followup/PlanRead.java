package no.innomotor.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** When a person of the company last opened the plan: a change after it is unread for them. */
@Entity
@Table(name = "followup_plan_read")
class PlanRead {

    @EmbeddedId
    private Key key;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected PlanRead() {}

    PlanRead(UUID plan, UUID person, Instant now) {
        this.key = new Key(plan, person);
        this.readAt = now;
    }

    void readAgain(Instant now) {
        this.readAt = now;
    }

    Instant readAt() {
        return readAt;
    }

    UUID plan() {
        return key.planId;
    }

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "plan_id")
        private UUID planId;

        @Column(name = "person_id")
        private UUID personId;

        protected Key() {}

        Key(UUID planId, UUID personId) {
            this.planId = planId;
            this.personId = personId;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Key key && key.planId.equals(planId) && key.personId.equals(personId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(planId, personId);
        }
    }
}
