package no.innomotor.knowledge.web;

import no.innomotor.knowledge.SolutionView;
import org.springframework.validation.Errors;

/** One solution with its adoptions, and for a buyer the follow and adopt forms (knowledge/solutions/solution.jte). */
public record SolutionPage(SolutionView solution, AdoptionForm adoptionForm, Errors adoptionErrors) {

    static final String TEMPLATE = "knowledge/solutions/solution";
}
