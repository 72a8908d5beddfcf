package no.innomotor.knowledge.web;

import java.util.List;
import no.innomotor.knowledge.SolutionSummary;

/** The public solution catalogue (knowledge/solutions/list.jte). */
public record SolutionListPage(List<SolutionSummary> solutions) {

    static final String TEMPLATE = "knowledge/solutions/list";

    public SolutionListPage {
        solutions = List.copyOf(solutions);
    }
}
