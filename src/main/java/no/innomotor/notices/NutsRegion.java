package no.innomotor.notices;

/** A NUTS region, named as the eForms SDK names it. */
public record NutsRegion(String code, String name) {}
