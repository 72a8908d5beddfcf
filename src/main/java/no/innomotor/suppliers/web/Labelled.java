package no.innomotor.suppliers.web;

/** A code with its name in the reader's language, as pages show it (a CPV code and its label, a county). */
public record Labelled(String code, String label) {}
