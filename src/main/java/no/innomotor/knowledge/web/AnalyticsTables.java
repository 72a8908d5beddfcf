package no.innomotor.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innomotor.knowledge.Analytics;
import no.innomotor.knowledge.ProjectStatistics;
import no.innomotor.knowledge.ProjectStatistics.Count;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the analytics' figures into the dashboard's tables, in the reader's language. */
@Component
class AnalyticsTables {

    static final List<String> IDS =
            List.of("steps", "procedures", "sectors", "counties", "step-times", "dialogue", "risk-relief", "benefits");

    private final MessageSource messages;

    AnalyticsTables(MessageSource messages) {
        this.messages = messages;
    }

    List<AnalyticsTable> tables(Analytics.Figures figures, Locale locale) {
        ProjectStatistics s = figures.statistics();
        List<AnalyticsTable> tables = new ArrayList<>();
        tables.add(counts(
                "steps",
                s.byStep(),
                "analytics.column.step",
                locale,
                key -> t(
                        "analytics.step.label",
                        locale,
                        key,
                        t(
                                "projects.step."
                                        + RoadmapStep.of(Integer.parseInt(key)).name(),
                                locale))));
        tables.add(counts(
                "procedures",
                s.byProcedure(),
                "analytics.column.procedure",
                locale,
                key -> t("projects.procedure." + key, locale)));
        tables.add(counts(
                "sectors",
                s.bySector(),
                "analytics.column.sector",
                locale,
                key -> t("organisations.type." + key, locale)));
        tables.add(counts("counties", s.byCounty(), "analytics.column.county", locale, key -> key));
        List<AnalyticsTable.Row> times = s.timePerStep().stream()
                .map(time -> new AnalyticsTable.Row(
                        t(
                                "analytics.step.label",
                                locale,
                                String.valueOf(time.step()),
                                t("projects.step." + RoadmapStep.of(time.step()).name(), locale)),
                        values(time.medianDays(), time.projects())))
                .toList();
        tables.add(new AnalyticsTable(
                "step-times",
                t("analytics.table.step-times", locale),
                List.of(
                        t("analytics.column.step", locale),
                        t("analytics.column.median-days", locale),
                        t("analytics.column.completed", locale)),
                times,
                true));
        tables.add(figures(
                "dialogue",
                locale,
                row("analytics.row.dialogue-projects", s.dialogue().projects(), locale),
                row("analytics.row.registrations", s.dialogue().registrations(), locale),
                row("analytics.row.median-registrations", s.dialogue().medianRegistrations(), locale)));
        tables.add(figures(
                "risk-relief",
                locale,
                row("analytics.row.relief-projects", s.riskRelief().projects(), locale),
                row("analytics.row.grants", s.riskRelief().grants(), locale),
                row("analytics.row.granted-nok", s.riskRelief().grantedNok(), locale)));
        Double rate = s.benefits().realisationRate();
        tables.add(figures(
                "benefits",
                locale,
                row("analytics.row.with-plan", s.benefits().projectsWithPlan(), locale),
                row("analytics.row.measured", s.benefits().projectsMeasured(), locale),
                row("analytics.row.rate", rate == null ? null : Math.round(rate * 100), locale),
                row("analytics.row.planned-nok", s.benefits().plannedNok(), locale),
                row("analytics.row.realised-nok", s.benefits().realisedNok(), locale)));
        tables.add(figures("adoptions", locale, row("analytics.row.adoptions", figures.adoptions(), locale)));
        return tables;
    }

    private AnalyticsTable counts(
            String id,
            List<Count> counts,
            String labelColumn,
            Locale locale,
            java.util.function.Function<String, String> label) {
        return new AnalyticsTable(
                id,
                t("analytics.table." + id, locale),
                List.of(t(labelColumn, locale), t("analytics.column.projects", locale)),
                counts.stream()
                        .map(count -> new AnalyticsTable.Row(label.apply(count.key()), values(count.projects())))
                        .toList(),
                true);
    }

    private AnalyticsTable figures(String id, Locale locale, AnalyticsTable.Row... rows) {
        return new AnalyticsTable(
                id,
                t("analytics.table." + id, locale),
                List.of(t("analytics.column.figure", locale), t("analytics.column.value", locale)),
                List.of(rows),
                false);
    }

    private AnalyticsTable.Row row(String key, @Nullable Long value, Locale locale) {
        return new AnalyticsTable.Row(t(key, locale), values(value));
    }

    private static List<@Nullable Long> values(@Nullable Long... values) {
        List<@Nullable Long> list = new ArrayList<>();
        java.util.Collections.addAll(list, values);
        return list;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
