/**
 * Suppliers (measure M8): company profiles that buyers and advisers find in a directory, supplier people's saved
 * searches, alerts when a new opportunity matches a profile or a search, and the opportunities a supplier follows,
 * saves or expresses interest in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"notices", "organisations"})
@org.jspecify.annotations.NullMarked
package no.innomotor.suppliers;
