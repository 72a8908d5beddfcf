/** Pages of the organisations module: registration, organisation pages, invitations, password reset, administration. */
@org.jspecify.annotations.NullMarked
package no.innomotor.organisations.web;
