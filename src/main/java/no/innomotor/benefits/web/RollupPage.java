package no.innomotor.benefits.web;

import java.util.List;
import no.innomotor.benefits.Rollup;

/**
 * The benefit roll-up page (benefits/rollup.jte): the country's figures, per county and per sector for anyone, and
 * per organisation for the reader's own organisations (advisers and administrators: all of them).
 */
public record RollupPage(Rollup national, List<Row> counties, List<Row> sectors, List<Row> organisations) {

    static final String TEMPLATE = "benefits/rollup";

    /** One row: the group's name as shown and its figures. */
    public record Row(String name, Rollup figures) {}

    public RollupPage {
        counties = List.copyOf(counties);
        sectors = List.copyOf(sectors);
        organisations = List.copyOf(organisations);
    }
}
