package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/**
 * Someone saved the notice data after this person opened the page. Carries what is saved now, so the page can show
 * it beside what the person typed; nothing is overwritten.
 */
public class ConsultationNoticeChanged extends DomainException.Conflict {

    private final transient ConsultationNoticeDetails current;
    private final long currentVersion;

    ConsultationNoticeChanged(ConsultationNoticeDetails current, long currentVersion) {
        super(
                "projects.notice.error.changed",
                "Consultation notice data changed concurrently, now version " + currentVersion);
        this.current = current;
        this.currentVersion = currentVersion;
    }

    public ConsultationNoticeDetails current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
