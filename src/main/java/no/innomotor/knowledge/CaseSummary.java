package no.innomotor.knowledge;

import java.time.Instant;
import java.util.List;
import no.innomotor.projects.ProcedureType;
import org.jspecify.annotations.Nullable;

/** A published case in the library's list. */
public record CaseSummary(
        CaseId id,
        String title,
        String organisationName,
        ProcedureType procedure,
        String nutsCode,
        List<String> cpvDivisions,
        int step,
        int year,
        @Nullable Instant publishedAt,
        long adoptions) {

    public CaseSummary {
        cpvDivisions = List.copyOf(cpvDivisions);
    }

    public String path() {
        return "/cases/" + id;
    }
}
