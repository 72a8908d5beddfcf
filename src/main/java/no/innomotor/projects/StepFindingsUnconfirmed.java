package no.innomotor.projects;

import java.util.List;
import no.innomotor.shared.DomainException;

/** The step has findings (see {@link StepCompletionChecks}) that the team has not confirmed. */
public class StepFindingsUnconfirmed extends DomainException.RuleBroken {

    private final List<StepFinding> findings;

    StepFindingsUnconfirmed(int step, List<StepFinding> findings) {
        super(
                "projects.error.gate.findings",
                "Step " + step + " has " + findings.size() + " unconfirmed findings",
                findings.size());
        this.findings = List.copyOf(findings);
    }

    public List<StepFinding> findings() {
        return findings;
    }
}
