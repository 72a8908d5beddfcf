/** The audit log pages for the platform's administrators. */
@org.jspecify.annotations.NullMarked
package no.innomotor.audit.web;
