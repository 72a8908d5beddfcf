package no.innomotor.projects;

/** How much risk the leadership accepts in the mandate. */
public enum RiskAppetite {
    LOW,
    MODERATE,
    HIGH
}
