package no.innomotor.notices;

import no.innomotor.shared.NutsCode;

/** A NUTS region, named as the eForms SDK names it. */
public record NutsRegion(NutsCode code, String name) {}
