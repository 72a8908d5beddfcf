package no.innomotor.benefits;

/**
 * Benefit figures summed over many projects: those with a plan, their benefits, the kroner planned and realised by the
 * priced ones, and how many projects have measured at least one benefit.
 *
 * @param key what the figures are grouped by: a NUTS code, a sector, an organisation id; "NO" for the whole country
 */
public record Rollup(
        String key, long projects, long benefits, long plannedNok, long realisedNok, long measuredProjects) {

    /** The share of the projects with a plan that have measured a benefit, in whole per cent. */
    public long measuredPercent() {
        return projects == 0 ? 0 : Math.round(100.0 * measuredProjects / projects);
    }

    /** The share of the planned kroner realised so far, in whole per cent. */
    public long realisedPercent() {
        return plannedNok == 0 ? 0 : Math.round(100.0 * realisedNok / plannedNok);
    }
}
