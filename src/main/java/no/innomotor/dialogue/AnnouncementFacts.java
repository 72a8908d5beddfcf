package no.innomotor.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * What a buyer writes in an announcement: the need as a problem, the codes suppliers search by, the timeline and
 * whom to contact. A draft may lack the deadline and contact; publishing demands them ({@link Announcement#publish}).
 */
public record AnnouncementFacts(
        String title,
        String need,
        List<CpvCode> cpvCodes,
        NutsCode nutsCode,
        @Nullable Instant interestDeadline,
        @Nullable LocalDate meetingsFrom,
        @Nullable LocalDate meetingsTo,
        @Nullable LocalDate conferenceDate,
        @Nullable String place,
        @Nullable String contactName,
        @Nullable String contactEmail) {

    public AnnouncementFacts {
        cpvCodes = List.copyOf(cpvCodes);
    }
}
