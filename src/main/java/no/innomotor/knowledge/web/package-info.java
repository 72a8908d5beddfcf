/** The knowledge module's pages and API: open data and OCDS for anyone, analytics for advisers and administrators. */
@org.jspecify.annotations.NullMarked
package no.innomotor.knowledge.web;
