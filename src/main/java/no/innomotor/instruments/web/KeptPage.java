package no.innomotor.instruments.web;

import java.util.List;
import no.innomotor.instruments.ManagedInstrument;

/** The keepers' list (instruments/kept.jte): an actor's own instruments, or every instrument for an adviser. */
public record KeptPage(List<ManagedInstrument> instruments, boolean adviser, boolean canAdd) {

    static final String TEMPLATE = "instruments/kept";
}
