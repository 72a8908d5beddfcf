package no.innomotor.knowledge;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectStatus;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * An open project as OCDS 1.1 releases (docs/opendata.md has the mapping table). One ocid per project: the configured
 * prefix ({@code innomotor.open-data.ocid-prefix}, to be registered with the Open Contracting Partnership) and the
 * project's id. A planning release always (the mandate and the project's facts, budget = estimated value), a tender
 * release once a market dialogue is published or the competition step is reached. The platform records no award and
 * no contract, so there are no award, contract or implementation releases: none is invented.
 */
@Service
public class OcdsReleases {

    /** The placeholder until a prefix is registered: OCDS prefixes are {@code ocds-} and six characters. */
    public static final String PLACEHOLDER_PREFIX = "ocds-xxxxxx-";

    /** The location extension (items' deliveryLocation, for the NUTS code), the one extension used. */
    public static final String LOCATION_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/v1.1.5/extension.json";

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final String prefix;
    private final MessageSource messages;
    private final OpenData openData;

    OcdsReleases(
            @Value("${innomotor.open-data.ocid-prefix:" + PLACEHOLDER_PREFIX + "}") String prefix,
            MessageSource messages,
            OpenData openData) {
        this.prefix = prefix;
        this.messages = messages;
        this.openData = openData;
    }

    /** The open project the ocid names; not found (404) for an unknown ocid or a project that is not open. */
    public OpenProject project(String ocid) {
        return projectOf(ocid).flatMap(openData::find).orElseThrow(() -> new OpenProjectNotFound(ocid));
    }

    public String ocid(ProjectId project) {
        return prefix + project.value();
    }

    /** The project an ocid names, if it has this platform's prefix and a project id after it. */
    public Optional<ProjectId> projectOf(String ocid) {
        if (!ocid.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProjectId(UUID.fromString(ocid.substring(prefix.length()))));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The project's releases, oldest first. */
    public List<Map<String, Object>> releases(OpenProject project) {
        List<Map<String, Object>> releases = new ArrayList<>();
        releases.add(planningRelease(project));
        if (hasTender(project)) {
            releases.add(tenderRelease(project));
        }
        return releases;
    }

    /** The record's compiled release: every section as it stands now. */
    public Map<String, Object> compiledRelease(OpenProject project) {
        Map<String, Object> compiled = release(project, "compiled", latestDate(project));
        compiled.put("planning", planning(project));
        if (hasTender(project)) {
            compiled.put("tender", tender(project));
        }
        return compiled;
    }

    private Map<String, Object> planningRelease(OpenProject project) {
        Map<String, Object> release = release(project, "planning", project.createdAt());
        release.put("planning", planning(project));
        return release;
    }

    private Map<String, Object> tenderRelease(OpenProject project) {
        Map<String, Object> release = release(project, "tender", tenderDate(project));
        release.put("tender", tender(project));
        return release;
    }

    private Map<String, Object> release(OpenProject project, String tag, Instant date) {
        String ocid = ocid(project.id());
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("ocid", ocid);
        release.put("id", ocid + "-" + tag);
        release.put("date", timestamp(date));
        release.put("tag", List.of(tag));
        release.put("initiationType", "tender");
        release.put("language", "nb");
        release.put("parties", List.of(buyerParty(project)));
        release.put("buyer", organisationReference(project));
        return release;
    }

    private static String partyId(OpenProject project) {
        return "NO-ORG-" + project.buyerOrgNumber();
    }

    private static Map<String, Object> organisationReference(OpenProject project) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("id", partyId(project));
        reference.put("name", project.buyerName());
        return reference;
    }

    private static Map<String, Object> buyerParty(OpenProject project) {
        Map<String, Object> party = organisationReference(project);
        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("scheme", "NO-ORG");
        identifier.put("id", project.buyerOrgNumber());
        identifier.put("legalName", project.buyerName());
        party.put("identifier", identifier);
        party.put("address", Map.of("countryName", "Norge"));
        party.put("roles", List.of("buyer", "procuringEntity"));
        return party;
    }

    private Map<String, Object> planning(OpenProject project) {
        Map<String, Object> planning = new LinkedHashMap<>();
        planning.put("rationale", project.need());
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("id", ocid(project.id()) + "-budget");
        budget.put("amount", value(project.estimatedValue().kroner()));
        planning.put("budget", budget);
        List<Map<String, Object>> milestones =
                milestones(project, "preProcurement", RoadmapStep.ANCHORING, RoadmapStep.NEEDS_ASSESSMENT);
        if (project.mandateSigned()) {
            Map<String, Object> mandate = new LinkedHashMap<>();
            mandate.put("id", "mandate");
            mandate.put("title", messages.getMessage("opendata.ocds.mandate", null, BOKMAL));
            mandate.put("type", "approval");
            mandate.put("status", "met");
            milestones.add(0, mandate);
        }
        if (!milestones.isEmpty()) {
            planning.put("milestones", milestones);
        }
        return planning;
    }

    private Map<String, Object> tender(OpenProject project) {
        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", ocid(project.id()) + "-tender");
        tender.put("title", project.title());
        tender.put("description", project.need());
        tender.put("status", tenderStatus(project));
        tender.put("procuringEntity", organisationReference(project));
        List<Map<String, Object>> items = new ArrayList<>();
        int number = 1;
        for (CpvCode cpv : project.cpvCodes()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", String.valueOf(number++));
            Map<String, Object> classification = new LinkedHashMap<>();
            classification.put("scheme", "CPV");
            classification.put("id", cpv.value());
            item.put("classification", classification);
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("description", project.nutsCode().value());
            location.put(
                    "gazetteer",
                    Map.of(
                            "scheme",
                            "NUTS",
                            "identifiers",
                            List.of(project.nutsCode().value())));
            item.put("deliveryLocation", location);
            items.add(item);
        }
        if (!items.isEmpty()) {
            tender.put("items", items);
        }
        tender.put("value", value(project.estimatedValue().kroner()));
        tender.put("procurementMethod", procurementMethod(project.procedure()));
        tender.put(
                "procurementMethodDetails",
                messages.getMessage("projects.procedure." + project.procedure().name(), null, BOKMAL));
        tender.put("mainProcurementCategory", mainProcurementCategory(project.cpvCodes()));
        OpenProject.Dialogue dialogue = project.dialogue();
        List<Map<String, Object>> milestones =
                milestones(project, "engagement", RoadmapStep.MARKET_DIALOGUE, RoadmapStep.COMPETITION);
        if (dialogue != null) {
            Map<String, Object> published = new LinkedHashMap<>();
            published.put("id", "market-dialogue-published");
            published.put("title", messages.getMessage("opendata.ocds.dialogue-published", null, BOKMAL));
            published.put("type", "engagement");
            published.put("status", "met");
            published.put("dateMet", timestamp(dialogue.publishedAt()));
            milestones.add(0, published);
        }
        if (!milestones.isEmpty()) {
            tender.put("milestones", milestones);
        }
        return tender;
    }

    private List<Map<String, Object>> milestones(OpenProject project, String type, RoadmapStep... steps) {
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (RoadmapStep step : steps) {
            Instant done = project.completedSteps().get(step);
            if (done != null) {
                Map<String, Object> milestone = new LinkedHashMap<>();
                milestone.put("id", "step-" + step.number());
                milestone.put("title", messages.getMessage("projects.step." + step.name(), null, BOKMAL));
                milestone.put("type", type);
                milestone.put("status", "met");
                milestone.put("dateMet", timestamp(done));
                milestones.add(milestone);
            }
        }
        return milestones;
    }

    /** A market dialogue published, or the competition reached: the tender stage has begun. */
    static boolean hasTender(OpenProject project) {
        return project.dialogue() != null || project.currentStep().number() >= RoadmapStep.COMPETITION.number();
    }

    /**
     * Planning while the dialogue runs (OCDS: "a future contracting process is being considered … early information
     * … may be provided"), active in the competition, complete once past it; a project stopped before the contract
     * is cancelled.
     */
    static String tenderStatus(OpenProject project) {
        int step = project.currentStep().number();
        if (project.status() == ProjectStatus.STOPPED && step <= RoadmapStep.COMPETITION.number()) {
            return "cancelled";
        }
        if (step < RoadmapStep.COMPETITION.number()) {
            return "planning";
        }
        if (step == RoadmapStep.COMPETITION.number() && project.status() != ProjectStatus.COMPLETED) {
            return "active";
        }
        return "complete";
    }

    /**
     * OCDS's method codelist: open (anyone may tender), selective (only qualified suppliers are invited), limited.
     * Every procedure with a qualification stage before negotiation or development is selective.
     */
    static String procurementMethod(ProcedureType procedure) {
        return switch (procedure) {
            case OPEN_OR_RESTRICTED_FUNCTIONAL, DESIGN_CONTEST -> "open";
            case INNOVATION_PARTNERSHIP,
                    COMPETITIVE_DIALOGUE,
                    NEGOTIATED_WITH_PRIOR_PUBLICATION,
                    PRE_COMMERCIAL_PROCUREMENT -> "selective";
        };
    }

    /** From the first CPV code's division: 45 is works, 01–44 and 48 are supplies (goods), the rest services. */
    static String mainProcurementCategory(List<CpvCode> codes) {
        if (codes.isEmpty()) {
            return "services";
        }
        int division = Integer.parseInt(codes.get(0).value().substring(0, 2));
        if (division == 45) {
            return "works";
        }
        return division <= 44 || division == 48 ? "goods" : "services";
    }

    private static Instant tenderDate(OpenProject project) {
        OpenProject.Dialogue dialogue = project.dialogue();
        if (dialogue != null) {
            return dialogue.publishedAt();
        }
        Instant dialogueDone = project.completedSteps().get(RoadmapStep.MARKET_DIALOGUE);
        return dialogueDone != null ? dialogueDone : project.createdAt();
    }

    private static Instant latestDate(OpenProject project) {
        return hasTender(project) ? later(project.createdAt(), tenderDate(project)) : project.createdAt();
    }

    private static Instant later(Instant a, @Nullable Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    static Map<String, Object> value(long kroner) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("amount", kroner);
        value.put("currency", "NOK");
        return value;
    }

    /** RFC 3339 in UTC, to the second, as OCDS's date-time fields want. */
    public static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
