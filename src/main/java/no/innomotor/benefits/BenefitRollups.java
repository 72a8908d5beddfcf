package no.innomotor.benefits;

import java.util.Collection;
import java.util.List;
import no.innomotor.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benefit figures rolled up nationally, per county, per sector and per organisation. Each roll-up is one SQL
 * aggregation over the plans and their benefits' latest figures (the benefit keeps its latest value and realised
 * kroner), so it never reads the measurements and scales with the number of benefits, not of measurements.
 */
@Service
@Transactional(readOnly = true)
public class BenefitRollups {

    private static final String FIGURES = "count(distinct p.project_id) as projects, count(b.id) as benefits,"
            + " coalesce(sum(b.planned_nok), 0) as planned, coalesce(sum(b.realised_nok), 0) as realised,"
            + " count(distinct case when b.latest_on is not null then p.project_id end) as measured"
            + " from benefit_plan p join benefit b on b.project_id = p.project_id";

    private final JdbcClient jdbc;

    public BenefitRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Rollup national() {
        return jdbc.sql("select 'NO' as grouping_key, " + FIGURES)
                .query(BenefitRollups::row)
                .single();
    }

    /** Per county: the project's NUTS code at county level (NO081 Oslo, NO0A1 Rogaland, …), largest first. */
    public List<Rollup> byCounty() {
        return grouped("left(p.nuts_code, 5)");
    }

    /** Per sector of the project's organisation; projects of organisations without one under "". */
    public List<Rollup> bySector() {
        return grouped("coalesce(p.sector, '')");
    }

    /** Per organisation owning the projects, keyed by the organisation's id. */
    public List<Rollup> byOrganisation() {
        return grouped("cast(p.organisation_id as varchar(36))");
    }

    /** The organisations' projects together, as a top leader of them reads it. */
    public Rollup forOrganisations(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return new Rollup("", 0, 0, 0, 0, 0);
        }
        return jdbc.sql("select '' as grouping_key, " + FIGURES + " where p.organisation_id in (:organisations)")
                .param(
                        "organisations",
                        organisations.stream().map(OrganisationId::value).toList())
                .query(BenefitRollups::row)
                .single();
    }

    private List<Rollup> grouped(String key) {
        return jdbc.sql("select " + key + " as grouping_key, " + FIGURES + " group by " + key
                        + " order by planned desc, projects desc, grouping_key")
                .query(BenefitRollups::row)
                .list();
    }

    private static Rollup row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Rollup(
                rs.getString("grouping_key"),
                rs.getLong("projects"),
                rs.getLong("benefits"),
                rs.getLong("planned"),
                rs.getLong("realised"),
                rs.getLong("measured"));
    }
}
