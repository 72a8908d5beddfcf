package no.innomotor.funding.web;

import no.innomotor.funding.Portfolio;

/** An instrument actor's portfolio (funding/actor.jte); {@code overseer}: an adviser or administrator reads it. */
public record PortfolioPage(Portfolio portfolio, boolean overseer) {

    static final String TEMPLATE = "funding/actor";
}
