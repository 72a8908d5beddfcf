package no.innomotor.riskrelief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of an application's history as its applicant sees it: what happened (a message key's end) and when. */
@Entity
@Table(name = "riskrelief_history")
class HistoryEntry {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false, insertable = false, updatable = false)
    private UUID applicationId;

    @Column(nullable = false, length = 40)
    private String what;

    @Column(name = "by_name", nullable = false, length = 200)
    private String byName;

    @Column(nullable = false)
    private Instant at;

    protected HistoryEntry() {}

    HistoryEntry(String what, String byName, Instant at) {
        this.id = UUID.randomUUID();
        this.what = what;
        this.byName = byName;
        this.at = at;
    }

    ApplicationView.History view() {
        return new ApplicationView.History(what, byName, at);
    }
}
