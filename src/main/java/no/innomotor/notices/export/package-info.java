/** Export of market-consultation notices (eForms subtypes 4 and E1); the API lives in the module's base package. */
@org.jspecify.annotations.NullMarked
package no.innomotor.notices.export;
