/**
 * The frame every module lives in: security (deny by default), layout, languages, error pages, the public
 * information pages and the demo data of the embedded default.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "notices", "audit"})
@org.jspecify.annotations.NullMarked
package no.innomotor.platform;
