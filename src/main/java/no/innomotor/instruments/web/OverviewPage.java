package no.innomotor.instruments.web;

import java.util.List;
import no.innomotor.instruments.NationalOverview;

/**
 * The national overview (instruments/overview.jte): the tables and the bar chart of instruments per roadmap step,
 * whose bars ({@code bars}) carry the same numbers as the table's totals row.
 */
public record OverviewPage(NationalOverview overview, List<Bar> bars) {

    static final String TEMPLATE = "instruments/overview";

    /** One bar: the step, its count, and its height and position in the chart's coordinates. */
    public record Bar(int step, int count, int x, int y, int height) {}

    static final int CHART_HEIGHT = 200;
    static final int BAR_WIDTH = 48;
    static final int GAP = 24;
    static final int TOP = 20;

    static OverviewPage of(NationalOverview overview) {
        int max = Math.max(1, overview.maxStepTotal());
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < overview.stepTotals().size(); i++) {
            int count = overview.stepTotals().get(i);
            int height = Math.round((float) CHART_HEIGHT * count / max);
            bars.add(new Bar(i + 1, count, 40 + i * (BAR_WIDTH + GAP), TOP + CHART_HEIGHT - height, height));
        }
        return new OverviewPage(overview, bars);
    }

    public int chartWidth() {
        return 40 + bars.size() * (BAR_WIDTH + GAP);
    }

    public int baseline() {
        return TOP + CHART_HEIGHT;
    }

    public int barWidth() {
        return BAR_WIDTH;
    }
}
