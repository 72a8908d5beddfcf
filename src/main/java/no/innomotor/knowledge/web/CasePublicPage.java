package no.innomotor.knowledge.web;

import no.innomotor.knowledge.CaseView;

/** One published case, for anyone (knowledge/cases/case.jte). */
public record CasePublicPage(CaseView caseView, String region) {

    static final String TEMPLATE = "knowledge/cases/case";
}
