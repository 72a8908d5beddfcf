/**
 * Coordination of a project's funding (seed barrier 3, many actors and fragmented instruments): every instrument a
 * project applied for or was granted — risk relief from the platform's own events, and grants from outside recorded by
 * the project's team — with warnings when the same cost is covered twice or a co-financing cap is exceeded; and each
 * instrument actor's portfolio with the other actors it co-funds projects with.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organisations", "projects", "riskrelief", "instruments"})
@org.jspecify.annotations.NullMarked
package no.innomotor.funding;
