/** eForms notices in and out, and the reference data they speak: CPV and NUTS codes from the eForms SDK. */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package no.innomotor.notices;
