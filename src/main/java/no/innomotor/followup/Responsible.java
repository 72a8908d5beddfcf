package no.innomotor.followup;

/** Who takes a next step: the adviser keeping the plan, or the supplier company. */
public enum Responsible {
    ADVISER,
    SUPPLIER
}
