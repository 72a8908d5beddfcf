/**
 * The market dialogue before a competition (roadmap step 3, seed measure M8): a buyer's announcement with its public
 * page and its place in the opportunity list, suppliers' registrations of interest, questions answered to every
 * registered supplier at once (equal treatment) and confidential written input.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"projects", "notices", "organisations", "suppliers"})
@org.jspecify.annotations.NullMarked
package no.innomotor.dialogue;
