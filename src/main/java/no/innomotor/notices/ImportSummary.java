package no.innomotor.notices;

import java.io.Serializable;
import java.util.List;

/** The outcome of importing several files, in the order they were read. */
public record ImportSummary(List<ImportOutcome> outcomes) implements Serializable {

    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    /** Imported or updated. */
    public long imported() {
        return outcomes.stream().filter(ImportOutcome::stored).count();
    }

    public long skipped() {
        return outcomes.stream()
                .filter(o -> o.status() == ImportOutcome.Status.SKIPPED)
                .count();
    }

    public long rejected() {
        return outcomes.stream().filter(ImportOutcome::rejected).count();
    }

    /** The closing line of the command: {@code imported N, skipped M, rejected K}. */
    public String closingLine() {
        return "imported " + imported() + ", skipped " + skipped() + ", rejected " + rejected();
    }
}
