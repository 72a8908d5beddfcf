package no.innomotor.shared.work;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.innomotor.shared.OrganisationId;

/**
 * A module's figures about the organisations a top leader leads, shown as a panel on the leader's page. The page
 * belongs to the projects module, which depends on none of the modules that have such figures (benefits, say):
 * they contribute a bean of this type, and the page renders every panel it gets.
 */
public interface LeaderFigures {

    /** The panel for these organisations, or empty when the module has nothing to tell about them. */
    Optional<Panel> panel(Collection<OrganisationId> organisations);

    /**
     * A heading, a short lead, the figures and a link to the module's own page with the details; every text is a
     * message key.
     */
    record Panel(String headingKey, String leadKey, List<Figure> figures, String linkKey, String href) {

        public Panel {
            figures = List.copyOf(figures);
        }
    }

    /** One figure: its label's message key and a whole number read as the unit says. */
    record Figure(String labelKey, long value, Unit unit) {}

    enum Unit {
        COUNT,
        NOK,
        PERCENT
    }
}
