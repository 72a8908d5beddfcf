package no.innomotor.suppliers;

/**
 * How far one opportunity reached: the organisations alerted (by their profile or a saved search of one of their
 * people), how many of them are SMEs, and how many have never sold to the public sector.
 */
public record AlertReach(long organisations, long smes, long newToPublicSector) {}
