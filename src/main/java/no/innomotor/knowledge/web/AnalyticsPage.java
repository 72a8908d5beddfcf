package no.innomotor.knowledge.web;

import java.util.List;

/**
 * The analytics dashboard (analytics/index.jte): whose projects the figures cover and the tables.
 *
 * @param scopeKey the message key that says whose projects these are
 * @param projects how many projects the figures cover
 */
public record AnalyticsPage(String scopeKey, long projects, List<AnalyticsTable> tables) {

    static final String TEMPLATE = "knowledge/analytics/index";

    public AnalyticsPage {
        tables = List.copyOf(tables);
    }
}
