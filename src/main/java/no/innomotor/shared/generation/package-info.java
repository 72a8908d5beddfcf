/**
 * The national dataset generator's contract: each module contributes the rows of its own tables for a realistic
 * dataset of a given scale and seed, written in bulk; the platform runs the contributors in order and builds the
 * search index once at the end.
 */
@org.jspecify.annotations.NullMarked
package no.innomotor.shared.generation;
