/** The dialogue module's pages and API. */
@org.jspecify.annotations.NullMarked
package no.innomotor.dialogue.web;
