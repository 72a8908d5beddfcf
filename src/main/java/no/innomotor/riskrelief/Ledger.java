package no.innomotor.riskrelief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One period of a scheme's ledger: the budget (kroner) or capacity (hours), what decisions committed, what was paid.
 * Committed and paid change only through {@link LedgerRepository}'s conditional updates, which the database applies
 * row by row, so two decisions at the same moment cannot both take the last of the budget; a check constraint
 * refuses anything that would take the remainder below zero.
 */
@Entity
@Table(name = "riskrelief_ledger")
class Ledger {

    @Id
    private UUID id;

    @Column(name = "scheme_id", nullable = false)
    private UUID schemeId;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Column(nullable = false)
    private long budget;

    @Column(nullable = false)
    private long committed;

    @Column(nullable = false)
    private long paid;

    protected Ledger() {}

    Ledger(SchemeId scheme, int year, long budget) {
        this.id = UUID.randomUUID();
        this.schemeId = scheme.value();
        this.periodYear = year;
        this.budget = budget;
    }

    UUID id() {
        return id;
    }

    int year() {
        return periodYear;
    }

    LedgerView.Period view() {
        return new LedgerView.Period(periodYear, budget, committed, paid, budget - committed);
    }
}
