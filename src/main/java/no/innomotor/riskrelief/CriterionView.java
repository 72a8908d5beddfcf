package no.innomotor.riskrelief;

/** A criterion as forms and pages show it: its id (a plain string), name and weight in per cent. */
public record CriterionView(String id, String name, int weight) {}
