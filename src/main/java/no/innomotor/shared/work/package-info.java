/** Contracts for telling people what waits for them: pending work on the front page, the inbox in the header. */
@org.jspecify.annotations.NullMarked
package no.innomotor.shared.work;
