package no.innomotor.knowledge.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.innomotor.knowledge.OpenProject;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/**
 * The open-data API's JSON: exactly the keys docs/opendata.md lists ({@code OpenDataPrivacyTests} holds the same
 * allow-list), ids and codes as plain strings, amounts as whole kroner, times as UTC instants.
 */
final class OpenDataJson {

    private OpenDataJson() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Links(String self, @Nullable String next) {}

    record ProjectPage(List<Project> projects, Links links) {}

    record Buyer(String name, String orgNumber, String kind) {}

    record Step(int step, String completedAt) {}

    record Dialogue(String publishedAt, long announcements, long registrations) {}

    record RiskRelief(long grants, long grantedNok) {}

    record Benefits(
            int benefits,
            int measured,
            int realised,
            long plannedNok,
            long realisedNok,
            boolean showcased,
            List<String> titles) {}

    record Project(
            String id,
            String title,
            String need,
            Buyer buyer,
            String procedure,
            List<String> cpvCodes,
            String nutsCode,
            long estimatedValueNok,
            String status,
            int currentStep,
            boolean mandateSigned,
            String createdAt,
            List<Step> steps,
            @Nullable Dialogue dialogue,
            RiskRelief riskRelief,
            @Nullable Benefits benefits) {

        static Project of(OpenProject project) {
            Map<RoadmapStep, Instant> completed = project.completedSteps();
            OpenProject.Dialogue dialogue = project.dialogue();
            OpenProject.Benefits benefits = project.benefits();
            return new Project(
                    project.id().toString(),
                    project.title(),
                    project.need(),
                    new Buyer(
                            project.buyerName(),
                            project.buyerOrgNumber(),
                            project.buyerKind().name()),
                    project.procedure().name(),
                    project.cpvCodes().stream().map(CpvCode::value).toList(),
                    project.nutsCode().value(),
                    project.estimatedValue().kroner(),
                    project.status().name(),
                    project.currentStep().number(),
                    project.mandateSigned(),
                    instant(project.createdAt()),
                    Arrays.stream(RoadmapStep.values())
                            .filter(completed::containsKey)
                            .map(step -> new Step(step.number(), instant(completed.get(step))))
                            .toList(),
                    dialogue == null
                            ? null
                            : new Dialogue(
                                    instant(dialogue.publishedAt()),
                                    dialogue.announcements(),
                                    dialogue.registrations()),
                    new RiskRelief(
                            project.riskRelief().grants(), project.riskRelief().grantedNok()),
                    benefits == null
                            ? null
                            : new Benefits(
                                    benefits.benefits(),
                                    benefits.measured(),
                                    benefits.realised(),
                                    benefits.plannedNok(),
                                    benefits.realisedNok(),
                                    benefits.showcased(),
                                    benefits.titles()));
        }
    }

    static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
