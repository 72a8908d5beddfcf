package no.innomotor.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.innomotor.knowledge.OpenProject;
import no.innomotor.knowledge.ProjectStatistics;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the open projects' CSV, in order, each with the key of its explanation on the download page
 * ({@code opendata.field.<name>}); and the rows of the statistics' CSV. The same fields as the JSON, flattened.
 */
final class OpenDataFields {

    private OpenDataFields() {}

    record Field(String name, Function<OpenProject, @Nullable Object> value) {
        String explanationKey() {
            return "opendata.field." + name;
        }
    }

    static final List<Field> PROJECT_FIELDS = projectFields();

    private static List<Field> projectFields() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("id", project -> project.id().toString()));
        fields.add(new Field("title", OpenProject::title));
        fields.add(new Field("need", OpenProject::need));
        fields.add(new Field("buyer_name", OpenProject::buyerName));
        fields.add(new Field("buyer_org_number", OpenProject::buyerOrgNumber));
        fields.add(new Field("buyer_kind", project -> project.buyerKind().name()));
        fields.add(new Field("procedure", project -> project.procedure().name()));
        fields.add(new Field(
                "cpv_codes",
                project -> String.join(
                        " ", project.cpvCodes().stream().map(CpvCode::value).toList())));
        fields.add(new Field("nuts_code", project -> project.nutsCode().value()));
        fields.add(new Field(
                "estimated_value_nok", project -> project.estimatedValue().kroner()));
        fields.add(new Field("status", project -> project.status().name()));
        fields.add(new Field("current_step", project -> project.currentStep().number()));
        fields.add(new Field("mandate_signed", OpenProject::mandateSigned));
        fields.add(new Field("created_at", project -> OpenDataJson.instant(project.createdAt())));
        for (RoadmapStep step : RoadmapStep.values()) {
            fields.add(new Field("step_" + step.number() + "_completed_at", project -> {
                var at = project.completedSteps().get(step);
                return at == null ? null : OpenDataJson.instant(at);
            }));
        }
        fields.add(new Field(
                "dialogue_published_at",
                project -> project.dialogue() == null
                        ? null
                        : OpenDataJson.instant(project.dialogue().publishedAt())));
        fields.add(new Field(
                "dialogue_registrations",
                project ->
                        project.dialogue() == null ? null : project.dialogue().registrations()));
        fields.add(
                new Field("risk_relief_grants", project -> project.riskRelief().grants()));
        fields.add(new Field(
                "risk_relief_granted_nok", project -> project.riskRelief().grantedNok()));
        fields.add(new Field(
                "benefits",
                project ->
                        project.benefits() == null ? null : project.benefits().benefits()));
        fields.add(new Field(
                "benefits_measured",
                project ->
                        project.benefits() == null ? null : project.benefits().measured()));
        fields.add(new Field(
                "benefits_realised",
                project ->
                        project.benefits() == null ? null : project.benefits().realised()));
        fields.add(new Field(
                "benefits_planned_nok",
                project ->
                        project.benefits() == null ? null : project.benefits().plannedNok()));
        fields.add(new Field(
                "benefits_realised_nok",
                project ->
                        project.benefits() == null ? null : project.benefits().realisedNok()));
        fields.add(new Field(
                "showcased",
                project -> project.benefits() != null && project.benefits().showcased()));
        fields.add(new Field(
                "benefit_titles",
                project -> project.benefits() == null
                        ? null
                        : String.join(" | ", project.benefits().titles())));
        return List.copyOf(fields);
    }

    static List<String> projectHeader() {
        return PROJECT_FIELDS.stream().map(Field::name).toList();
    }

    static List<@Nullable Object> projectRow(OpenProject project) {
        List<@Nullable Object> row = new ArrayList<>(PROJECT_FIELDS.size());
        for (Field field : PROJECT_FIELDS) {
            row.add(field.value().apply(project));
        }
        return row;
    }

    static final List<String> STATISTICS_HEADER = List.of("table", "key", "value");

    /** The statistics as rows of table, key and value. */
    static List<List<@Nullable Object>> statisticsRows(ProjectStatistics statistics) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        rows.add(row("projects", "all", statistics.projects()));
        statistics.byStep().forEach(count -> rows.add(row("by_step", count.key(), count.projects())));
        statistics.byProcedure().forEach(count -> rows.add(row("by_procedure", count.key(), count.projects())));
        statistics.bySector().forEach(count -> rows.add(row("by_sector", count.key(), count.projects())));
        statistics.byCounty().forEach(count -> rows.add(row("by_county", count.key(), count.projects())));
        for (ProjectStatistics.StepTime time : statistics.timePerStep()) {
            rows.add(row("time_per_step_projects", String.valueOf(time.step()), time.projects()));
            rows.add(row("time_per_step_median_days", String.valueOf(time.step()), time.medianDays()));
        }
        rows.add(row("dialogue", "projects", statistics.dialogue().projects()));
        rows.add(row("dialogue", "registrations", statistics.dialogue().registrations()));
        rows.add(row("dialogue", "median_registrations", statistics.dialogue().medianRegistrations()));
        rows.add(row("risk_relief", "projects", statistics.riskRelief().projects()));
        rows.add(row("risk_relief", "grants", statistics.riskRelief().grants()));
        rows.add(row("risk_relief", "granted_nok", statistics.riskRelief().grantedNok()));
        rows.add(row("benefits", "projects_with_plan", statistics.benefits().projectsWithPlan()));
        rows.add(row("benefits", "projects_measured", statistics.benefits().projectsMeasured()));
        rows.add(row("benefits", "realisation_rate", statistics.benefits().realisationRate()));
        rows.add(row("benefits", "planned_nok", statistics.benefits().plannedNok()));
        rows.add(row("benefits", "realised_nok", statistics.benefits().realisedNok()));
        return rows;
    }

    private static List<@Nullable Object> row(String table, String key, @Nullable Object value) {
        List<@Nullable Object> row = new ArrayList<>(3);
        row.add(table);
        row.add(key);
        row.add(value);
        return row;
    }
}
