/**
 * Innovative procurement projects: the eight-step roadmap with checklists, gates, notes and documents, and the
 * mandate a top leader signs before the project may move on (seed barrier 1, measure M3).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "notices", "audit"})
@org.jspecify.annotations.NullMarked
package no.innomotor.projects;
