/** The risk-relief pages and API: schemes, applications, assessment, decisions, payouts and ledgers. */
@org.jspecify.annotations.NullMarked
package no.innomotor.riskrelief.web;
