package no.innomotor.instruments.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import no.innomotor.instruments.ApplyRoute;
import no.innomotor.instruments.Audience;
import no.innomotor.instruments.Eligibility;
import no.innomotor.instruments.InstrumentContent;
import no.innomotor.instruments.InstrumentKind;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.SizeClass;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * An instrument as its keeper typed it, with the version they started from. Choices arrive as codes, amounts and
 * dates as text; {@link #toContent} reads them, putting a field error in the reader's language on each it cannot.
 */
public class InstrumentForm {

    static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern SECTOR = Pattern.compile("\\d{2}");

    private @Nullable String owner;
    private @Nullable String name;
    private @Nullable String summary;
    private @Nullable String kind;
    private @Nullable String audience;
    private List<String> organisationTypes = new ArrayList<>();
    private List<String> sizeClasses = new ArrayList<>();
    private @Nullable String sectors;
    private @Nullable String regions;
    private List<String> roadmapSteps = new ArrayList<>();
    private @Nullable String minAmount;
    private @Nullable String maxAmount;
    private @Nullable String coFinancingMaxPercent;
    private boolean requiresSignedMandate;
    private boolean requiresPilotCustomer;
    private boolean rolling;
    private @Nullable String deadlines;
    private @Nullable String applyRoute;
    private @Nullable String applyUrl;
    private @Nullable String schemeId;
    private @Nullable String contact;
    private List<String> costCategories = new ArrayList<>();
    private boolean exampleAmounts;
    private long version;

    static InstrumentForm empty() {
        InstrumentForm form = new InstrumentForm();
        form.applyRoute = ApplyRoute.LINK.name();
        form.regions = "NO";
        return form;
    }

    static InstrumentForm of(InstrumentContent content, long version) {
        InstrumentForm form = new InstrumentForm();
        Eligibility e = content.eligibility();
        form.name = content.name();
        form.summary = content.summary();
        form.kind = content.kind().name();
        form.audience = content.audience().name();
        form.organisationTypes =
                new ArrayList<>(e.organisationTypes().stream().map(Enum::name).toList());
        form.sizeClasses =
                new ArrayList<>(e.sizeClasses().stream().map(Enum::name).toList());
        form.sectors = String.join(", ", e.sectors());
        form.regions = String.join(", ", e.regions());
        form.roadmapSteps =
                new ArrayList<>(e.roadmapSteps().stream().map(String::valueOf).toList());
        form.minAmount = e.minAmount() == null ? "" : String.valueOf(e.minAmount());
        form.maxAmount = e.maxAmount() == null ? "" : String.valueOf(e.maxAmount());
        form.coFinancingMaxPercent = e.coFinancingMaxPercent() == null ? "" : String.valueOf(e.coFinancingMaxPercent());
        form.requiresSignedMandate = e.requiresSignedMandate();
        form.requiresPilotCustomer = e.requiresPilotCustomer();
        form.rolling = content.rolling();
        form.deadlines = String.join(
                "\n", content.deadlines().stream().map(NORWEGIAN_DATE::format).toList());
        form.applyRoute = content.applyRoute().name();
        form.applyUrl = content.applyUrl();
        form.schemeId = content.schemeId();
        form.contact = content.contact();
        form.costCategories = new ArrayList<>(
                content.costCategories().stream().map(Enum::name).toList());
        form.exampleAmounts = content.exampleAmounts();
        form.version = version;
        return form;
    }

    /** The content, or null with field errors when something typed cannot be read. */
    @Nullable
    InstrumentContent toContent(Errors errors) {
        String typedName = text(name);
        if (typedName.isEmpty()) {
            errors.rejectValue("name", "instruments.form.required");
        } else if (typedName.length() > InstrumentContent.NAME_MAX) {
            errors.rejectValue("name", "instruments.form.tooLong");
        }
        String typedSummary = text(summary);
        if (typedSummary.isEmpty()) {
            errors.rejectValue("summary", "instruments.form.required");
        } else if (typedSummary.length() > InstrumentContent.TEXT_MAX) {
            errors.rejectValue("summary", "instruments.form.tooLong");
        }
        if (text(contact).length() > 500) {
            errors.rejectValue("contact", "instruments.form.tooLong");
        }
        InstrumentKind chosenKind = choice(InstrumentKind.class, kind, "kind", errors);
        Audience chosenAudience = choice(Audience.class, audience, "audience", errors);
        ApplyRoute route = choice(ApplyRoute.class, applyRoute, "applyRoute", errors);
        List<OrganisationType> types = choices(OrganisationType.class, organisationTypes, "organisationTypes", errors);
        List<SizeClass> sizes = choices(SizeClass.class, sizeClasses, "sizeClasses", errors);
        List<CostCategory> costs = choices(CostCategory.class, costCategories, "costCategories", errors);
        List<String> sectorCodes = list(sectors);
        if (sectorCodes.stream().anyMatch(code -> !SECTOR.matcher(code).matches())) {
            errors.rejectValue("sectors", "instruments.form.sector");
        }
        List<String> regionCodes = list(regions).stream()
                .map(code -> code.toUpperCase(Locale.ROOT))
                .toList();
        if (regionCodes.stream().anyMatch(code -> NutsCode.parse(code).isEmpty())) {
            errors.rejectValue("regions", "instruments.form.region");
        }
        List<Integer> steps = new ArrayList<>();
        for (String step : roadmapSteps) {
            try {
                int number = Integer.parseInt(step.strip());
                if (number < 1 || number > 8) {
                    throw new NumberFormatException();
                }
                steps.add(number);
            } catch (NumberFormatException e) {
                errors.rejectValue("roadmapSteps", "instruments.form.choice");
                break;
            }
        }
        Long min = whole(minAmount, "minAmount", errors);
        Long max = whole(maxAmount, "maxAmount", errors);
        if (min != null && max != null && max < min) {
            errors.rejectValue("maxAmount", "instruments.form.amountOrder");
        }
        Long percent = whole(coFinancingMaxPercent, "coFinancingMaxPercent", errors);
        if (percent != null && (percent < 1 || percent > 100)) {
            errors.rejectValue("coFinancingMaxPercent", "instruments.form.percent");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String typed : list(deadlines)) {
            try {
                dates.add(typed.contains(".") ? LocalDate.parse(typed, NORWEGIAN_DATE) : LocalDate.parse(typed));
            } catch (DateTimeParseException e) {
                errors.rejectValue("deadlines", "instruments.form.date");
                break;
            }
        }
        if (!rolling && dates.isEmpty() && !errors.hasFieldErrors("deadlines")) {
            errors.rejectValue("deadlines", "instruments.form.noDeadline");
        }
        String url = text(applyUrl);
        String scheme = text(schemeId);
        if (route == ApplyRoute.LINK && !(url.startsWith("https://") || url.startsWith("http://"))) {
            errors.rejectValue("applyUrl", "instruments.form.url");
        }
        if (url.length() > 500) {
            errors.rejectValue("applyUrl", "instruments.form.tooLong");
        }
        if (route == ApplyRoute.IN_INNOMOTOR) {
            try {
                UUID.fromString(scheme);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("schemeId", "instruments.form.schemeChoose");
            }
        }
        if (errors.hasErrors() || chosenKind == null || chosenAudience == null || route == null) {
            return null;
        }
        return new InstrumentContent(
                typedName,
                typedSummary,
                chosenKind,
                chosenAudience,
                new Eligibility(
                        types,
                        sizes,
                        sectorCodes,
                        regionCodes,
                        steps,
                        min,
                        max,
                        percent == null ? null : percent.intValue(),
                        requiresSignedMandate,
                        requiresPilotCustomer),
                rolling,
                dates,
                route,
                route == ApplyRoute.LINK ? url : null,
                route == ApplyRoute.IN_INNOMOTOR ? scheme : null,
                text(contact),
                costs,
                exampleAmounts);
    }

    private static <E extends Enum<E>> @Nullable E choice(
            Class<E> type, @Nullable String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "instruments.form.required");
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "instruments.form.choice");
            return null;
        }
    }

    private static <E extends Enum<E>> List<E> choices(Class<E> type, List<String> typed, String field, Errors errors) {
        List<E> chosen = new ArrayList<>();
        for (String value : typed) {
            try {
                chosen.add(Enum.valueOf(type, value.strip()));
            } catch (IllegalArgumentException e) {
                errors.rejectValue(field, "instruments.form.choice");
                return List.of();
            }
        }
        return chosen;
    }

    private static @Nullable Long whole(@Nullable String typed, String field, Errors errors) {
        String digits = text(typed).replace(" ", "").replace("\u00a0", "");
        if (digits.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(digits);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "instruments.form.whole");
            return null;
        }
    }

    private static List<String> list(@Nullable String typed) {
        return Arrays.stream(text(typed).split("[,;\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** Whether a choice is among those ticked, for the checkboxes. */
    public boolean ticked(List<String> values, Object value) {
        return values.contains(String.valueOf(value));
    }

    // ---- bound by Spring ----

    public @Nullable String getOwner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getAudience() {
        return audience;
    }

    public void setAudience(@Nullable String audience) {
        this.audience = audience;
    }

    public List<String> getOrganisationTypes() {
        return organisationTypes;
    }

    public void setOrganisationTypes(@Nullable List<String> organisationTypes) {
        this.organisationTypes = organisationTypes == null ? new ArrayList<>() : organisationTypes;
    }

    public List<String> getSizeClasses() {
        return sizeClasses;
    }

    public void setSizeClasses(@Nullable List<String> sizeClasses) {
        this.sizeClasses = sizeClasses == null ? new ArrayList<>() : sizeClasses;
    }

    public @Nullable String getSectors() {
        return sectors;
    }

    public void setSectors(@Nullable String sectors) {
        this.sectors = sectors;
    }

    public @Nullable String getRegions() {
        return regions;
    }

    public void setRegions(@Nullable String regions) {
        this.regions = regions;
    }

    public List<String> getRoadmapSteps() {
        return roadmapSteps;
    }

    public void setRoadmapSteps(@Nullable List<String> roadmapSteps) {
        this.roadmapSteps = roadmapSteps == null ? new ArrayList<>() : roadmapSteps;
    }

    public @Nullable String getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(@Nullable String minAmount) {
        this.minAmount = minAmount;
    }

    public @Nullable String getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(@Nullable String maxAmount) {
        this.maxAmount = maxAmount;
    }

    public @Nullable String getCoFinancingMaxPercent() {
        return coFinancingMaxPercent;
    }

    public void setCoFinancingMaxPercent(@Nullable String coFinancingMaxPercent) {
        this.coFinancingMaxPercent = coFinancingMaxPercent;
    }

    public boolean isRequiresSignedMandate() {
        return requiresSignedMandate;
    }

    public void setRequiresSignedMandate(boolean requiresSignedMandate) {
        this.requiresSignedMandate = requiresSignedMandate;
    }

    public boolean isRequiresPilotCustomer() {
        return requiresPilotCustomer;
    }

    public void setRequiresPilotCustomer(boolean requiresPilotCustomer) {
        this.requiresPilotCustomer = requiresPilotCustomer;
    }

    public boolean isRolling() {
        return rolling;
    }

    public void setRolling(boolean rolling) {
        this.rolling = rolling;
    }

    public @Nullable String getDeadlines() {
        return deadlines;
    }

    public void setDeadlines(@Nullable String deadlines) {
        this.deadlines = deadlines;
    }

    public @Nullable String getApplyRoute() {
        return applyRoute;
    }

    public void setApplyRoute(@Nullable String applyRoute) {
        this.applyRoute = applyRoute;
    }

    public @Nullable String getApplyUrl() {
        return applyUrl;
    }

    public void setApplyUrl(@Nullable String applyUrl) {
        this.applyUrl = applyUrl;
    }

    public @Nullable String getSchemeId() {
        return schemeId;
    }

    public void setSchemeId(@Nullable String schemeId) {
        this.schemeId = schemeId;
    }

    public @Nullable String getContact() {
        return contact;
    }

    public void setContact(@Nullable String contact) {
        this.contact = contact;
    }

    public List<String> getCostCategories() {
        return costCategories;
    }

    public void setCostCategories(@Nullable List<String> costCategories) {
        this.costCategories = costCategories == null ? new ArrayList<>() : costCategories;
    }

    public boolean isExampleAmounts() {
        return exampleAmounts;
    }

    public void setExampleAmounts(boolean exampleAmounts) {
        this.exampleAmounts = exampleAmounts;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
