package no.innomotor.riskrelief;

import java.util.List;

/**
 * A scheme's ledger as its owner reads it: per period the budget (kroner, or hours for a process scheme), what
 * decisions committed, what was paid out, and what remains to commit ({@code budget - committed}, never below zero).
 */
public record LedgerView(String schemeId, String schemeName, SchemeKind kind, List<Period> periods) {

    public LedgerView {
        periods = List.copyOf(periods);
    }

    public record Period(int year, long budget, long committed, long paid, long remaining) {}
}
