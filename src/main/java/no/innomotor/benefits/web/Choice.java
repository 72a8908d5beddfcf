package no.innomotor.benefits.web;

/** One option of a select or a group of checkboxes: the value sent and the label shown. */
public record Choice(String value, String label) {}
