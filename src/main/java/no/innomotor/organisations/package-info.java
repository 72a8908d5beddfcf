/** Organisations, people, their memberships and roles per organisation; accounts, invitations and sign-in. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"notices"})
@org.jspecify.annotations.NullMarked
package no.innomotor.organisations;
