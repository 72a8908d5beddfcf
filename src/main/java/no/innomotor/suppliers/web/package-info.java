/** The suppliers module's pages: the profile form, the directory, saved searches and the supplier's opportunities. */
@org.jspecify.annotations.NullMarked
package no.innomotor.suppliers.web;
