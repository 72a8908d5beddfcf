/**
 * Risk relief (seed measures M7 and M10): schemes an instrument actor owns, financial with a budget per period or
 * process support with a capacity; applications by a supplier or a buyer tied to a project; assessment by at least
 * two assessors who declare conflicts of interest first; decisions with a decision letter; a ledger that never goes
 * below zero; payouts against milestones.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "projects"})
@org.jspecify.annotations.NullMarked
package no.innomotor.riskrelief;
