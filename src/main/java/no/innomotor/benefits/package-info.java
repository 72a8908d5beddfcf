/**
 * Benefit realisation by DFØ's method (seed barrier 2, measures M4 and M5): each project's benefit overview and
 * benefit map, indicators with baseline and target, measurements against the expected trajectory, the benefit
 * realisation plan as a PDF, roll-ups per organisation, sector, county and the country, and the public showcase.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "projects", "notices"})
@org.jspecify.annotations.NullMarked
package no.innomotor.benefits;
