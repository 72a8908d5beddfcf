package no.innomotor.dialogue.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.LogKind;
import no.innomotor.dialogue.LogLine;

/**
 * The announcement's dialogue log for its team (dialogue/log.jte): the lines the filter lets through, how many there
 * are in all, and the filter's choices (the companies and kinds the log holds) with what is chosen.
 */
public record DialogueLogPage(
        AnnouncementView announcement,
        List<LogLine> lines,
        int total,
        List<Company> companies,
        List<LogKind> kinds,
        Optional<UUID> company,
        Optional<LogKind> kind) {

    static final String TEMPLATE = "dialogue/log";

    public DialogueLogPage {
        lines = List.copyOf(lines);
        companies = List.copyOf(companies);
        kinds = List.copyOf(kinds);
    }

    /** A company of the log, for the filter. */
    public record Company(UUID id, String name) {}

    public boolean chosen(Company option) {
        return company.filter(option.id()::equals).isPresent();
    }

    public boolean chosen(LogKind option) {
        return kind.filter(option::equals).isPresent();
    }

    public boolean filtered() {
        return company.isPresent() || kind.isPresent();
    }

    public String base() {
        return announcement.path() + "/log";
    }
}
