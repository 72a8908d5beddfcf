/**
 * Instruments (seed measures M10 and M7): the catalogue of the support schemes instrument actors publish, with their
 * eligibility as structured rules, explained matching of a project, a supplier or a free description against them,
 * and the national overview of instruments, actors, regions and roadmap steps with the gaps where nothing fits.
 * NUTS region names come from the notices module's reference data; an instrument applied for in Innomotor goes
 * through one of its owner's published risk-relief schemes (the riskrelief module's public queries).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organisations", "projects", "suppliers", "notices", "riskrelief"})
@org.jspecify.annotations.NullMarked
package no.innomotor.instruments;
