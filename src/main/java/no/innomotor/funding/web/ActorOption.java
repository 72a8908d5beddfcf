package no.innomotor.funding.web;

/** A choice of actor in the entry form: an instrument actor's id and name, or "another actor". */
public record ActorOption(String value, String label) {}
