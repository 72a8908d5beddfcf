package no.innomotor.notices;

import java.io.Serializable;

/** A text from a notice and the language it is written in, as a BCP 47 tag for the {@code lang} attribute. */
public record LocalizedText(String text, String language) implements Serializable {}
