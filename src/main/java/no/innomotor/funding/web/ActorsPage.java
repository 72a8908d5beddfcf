package no.innomotor.funding.web;

import java.util.List;
import no.innomotor.funding.ActorSummary;

/** The instrument actors on the platform, for advisers and administrators (funding/actors.jte). */
public record ActorsPage(List<ActorSummary> actors) {

    static final String TEMPLATE = "funding/actors";

    public ActorsPage {
        actors = List.copyOf(actors);
    }
}
