package no.innomotor.dialogue;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue log of each announcement: every command that is a contact with a supplier (or shares something with
 * all of them) records one line in the command's own transaction, so the log holds exactly what happened. Names of
 * the company and the person are copied at that moment, as the documentation duty wants the record as it was.
 */
@Component
class DialogueLog {

    private final LogEntryRepository entries;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    DialogueLog(LogEntryRepository entries, OrganisationsManagement organisations, Clock clock) {
        this.entries = entries;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Records a contact now. {@code company} is the supplier's (null for what the team shares with all);
     * {@code reference} the id of what the line is about (a question, a booking), for links from the log.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(
            AnnouncementId announcement,
            LogKind kind,
            @Nullable OrganisationId company,
            PersonId person,
            @Nullable String text,
            @Nullable UUID reference) {
        String companyName = company == null
                ? null
                : organisations.find(company).map(OrganisationSummary::name).orElse("");
        String personName = organisations
                .findPerson(person)
                .map(no.innomotor.organisations.PersonSummary::displayName)
                .orElse("");
        entries.save(new LogEntry(
                announcement,
                clock.instant(),
                kind,
                company == null ? null : company.value(),
                companyName,
                person.value(),
                personName,
                text,
                reference));
    }

    /** The announcement's log, oldest first; the caller has checked that the reader is of the team. */
    @Transactional(readOnly = true)
    List<LogLine> lines(AnnouncementId announcement) {
        return entries.findByAnnouncementIdOrderByOccurredAtAscIdAsc(announcement.value()).stream()
                .map(LogEntry::line)
                .toList();
    }
}
