package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** The step's gate is closed: required checklist items are open, or the mandate is not signed. */
public class StepGateNotMet extends DomainException.RuleBroken {

    private final int openRequiredItems;
    private final boolean mandateSigned;

    StepGateNotMet(int step, int openRequiredItems, boolean mandateSigned) {
        super(
                mandateSigned
                        ? "projects.error.gate.items"
                        : openRequiredItems == 0
                                ? "projects.error.gate.mandate"
                                : "projects.error.gate.itemsAndMandate",
                "Gate of step " + step + " closed: " + openRequiredItems + " required items open, mandate signed "
                        + mandateSigned,
                openRequiredItems);
        this.openRequiredItems = openRequiredItems;
        this.mandateSigned = mandateSigned;
    }

    public int openRequiredItems() {
        return openRequiredItems;
    }

    public boolean mandateSigned() {
        return mandateSigned;
    }
}
