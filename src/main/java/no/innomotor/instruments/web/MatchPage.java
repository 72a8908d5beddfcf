package no.innomotor.instruments.web;

import java.util.List;
import no.innomotor.projects.ProjectDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A page of matches (instruments/match.jte), for one of three subjects: a free description ({@code form} with its
 * errors and the counties to choose from), the signed-in supplier's company ({@code companyName}), or a project
 * ({@code project}, shown with the project's navigation). {@code facts}: what the matching knew, as label and value;
 * {@code rows} null until a free description is sent.
 */
public record MatchPage(
        Kind kind,
        @Nullable MatchForm form,
        @Nullable Errors errors,
        List<Choice> counties,
        @Nullable String companyName,
        boolean profiled,
        @Nullable ProjectDetails project,
        List<Fact> facts,
        @Nullable List<MatchRow> rows) {

    static final String TEMPLATE = "instruments/match";

    public enum Kind {
        FREE,
        COMPANY,
        PROJECT
    }

    public record Fact(String label, String value) {}

    public record Choice(String value, String label) {}

    public List<MatchRow> fitting() {
        return rows == null ? List.of() : rows.stream().filter(MatchRow::fits).toList();
    }

    public List<MatchRow> nearMisses() {
        return rows == null
                ? List.of()
                : rows.stream().filter(MatchRow::nearMiss).toList();
    }

    public List<MatchRow> others() {
        return rows == null
                ? List.of()
                : rows.stream().filter(r -> !r.fits() && !r.nearMiss()).toList();
    }
}
