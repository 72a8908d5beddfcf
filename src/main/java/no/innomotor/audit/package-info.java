/** The append-only audit trail: every change any module makes, who made it, for which organisation and object. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations"})
@org.jspecify.annotations.NullMarked
package no.innomotor.audit;
