package no.innomotor.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;

/** A comment on the plan, by a person of the company or an adviser, kept with its author and time. */
@Entity
@Table(name = "followup_comment")
class PlanComment {

    static final int MAX_NAME = 200;

    @Id
    private UUID id;

    @Column(name = "plan_id", insertable = false, updatable = false)
    private UUID planId;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false, length = MAX_NAME)
    private String authorName;

    @Column(name = "from_company", nullable = false)
    private boolean fromCompany;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PlanComment() {}

    PlanComment(String text, PersonId author, String authorName, boolean fromCompany, Instant now) {
        this.id = UUID.randomUUID();
        this.text = text.strip();
        this.authorId = author.value();
        this.authorName = authorName.length() > MAX_NAME ? authorName.substring(0, MAX_NAME) : authorName;
        this.fromCompany = fromCompany;
        this.writtenAt = now;
    }

    CommentView view() {
        return new CommentView(id, text, authorName, fromCompany, writtenAt);
    }
}
