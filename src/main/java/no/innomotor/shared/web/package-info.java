/** What every module's web layer answers alike: the API's problem+json. */
@org.jspecify.annotations.NullMarked
package no.innomotor.shared.web;
