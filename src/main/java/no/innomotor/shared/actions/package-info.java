/**
 * Extension points of pages one module renders and other modules add to, so the module that owns the page does not
 * depend on the modules that contribute: the opportunity page asks {@link no.innomotor.shared.actions.OpportunityActions}
 * beans what the signed-in person may do with the opportunity.
 */
@org.jspecify.annotations.NullMarked
package no.innomotor.shared.actions;
