/**
 * What the platform learns and shows from its projects (seed barrier 2, measures M1 and M5): the case library built
 * from a project's own record, the solution catalogue with the adoptions that spread a solution to other buyers,
 * analytics, and open data with OCDS releases for anyone, without sign-in.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organisations", "projects", "dialogue", "riskrelief", "funding", "benefits", "notices"})
@org.jspecify.annotations.NullMarked
package no.innomotor.knowledge;
