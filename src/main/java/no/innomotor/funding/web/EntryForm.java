package no.innomotor.funding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.innomotor.funding.EntryDetails;
import no.innomotor.funding.EntryView;
import no.innomotor.funding.FundingStatus;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A recorded entry as the team typed it; {@link #details} reads it, with an error next to each field it refuses. */
public class EntryForm {

    /** The actor select's value for an actor not on the platform (typed in {@code actorName}). */
    static final String OTHER_ACTOR = "other";

    @NotBlank(message = "{funding.form.instrument.required}")
    @Size(max = 300, message = "{funding.form.tooLong}")
    private @Nullable String instrumentName;

    @Size(max = 64, message = "{funding.form.tooLong}")
    private @Nullable String instrumentId;

    @NotBlank(message = "{funding.form.actor.required}")
    private @Nullable String actorOrganisation;

    @Size(max = 300, message = "{funding.form.tooLong}")
    private @Nullable String actorName;

    @NotBlank(message = "{funding.form.status.required}")
    private @Nullable String status;

    private @Nullable String amountApplied;
    private @Nullable String amountGranted;
    private @Nullable String periodStart;
    private @Nullable String periodEnd;
    private List<String> costCategories = new ArrayList<>();
    private @Nullable String maxCoFinancingPercent;

    @Size(max = 5_000, message = "{funding.form.tooLong}")
    private @Nullable String note;

    private long version;

    static EntryForm of(EntryView entry) {
        EntryForm form = new EntryForm();
        form.instrumentName = entry.instrumentName();
        form.instrumentId = entry.instrumentId();
        form.actorOrganisation = entry.actorOrganisation() == null
                ? OTHER_ACTOR
                : entry.actorOrganisation().toString();
        form.actorName = entry.actorOrganisation() == null ? entry.actorName() : "";
        form.status = entry.status().name();
        form.amountApplied = String.valueOf(entry.amountApplied().kroner());
        form.amountGranted = entry.amountGranted() == null
                ? ""
                : String.valueOf(entry.amountGranted().kroner());
        form.periodStart = entry.periodStart().toString();
        form.periodEnd = entry.periodEnd().toString();
        form.costCategories =
                new ArrayList<>(entry.costCategories().stream().map(Enum::name).toList());
        form.maxCoFinancingPercent =
                entry.maxCoFinancingPercent() == null ? "" : String.valueOf(entry.maxCoFinancingPercent());
        form.note = entry.note();
        form.version = entry.version();
        return form;
    }

    /** The entry, or null when a field is refused (each with its error). */
    @Nullable
    EntryDetails details(Errors errors) {
        FundingStatus parsedStatus = status(errors);
        OrganisationId actor = null;
        if (actorOrganisation != null && !actorOrganisation.isBlank() && !OTHER_ACTOR.equals(actorOrganisation)) {
            try {
                actor = OrganisationId.of(actorOrganisation.strip());
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("actorOrganisation", "funding.form.actor.unknown");
            }
        }
        if (OTHER_ACTOR.equals(actorOrganisation) && (actorName == null || actorName.isBlank())) {
            errors.rejectValue("actorName", "funding.form.actorName.required");
        }
        Money applied = amount("amountApplied", amountApplied, true, errors);
        Money granted = amount("amountGranted", amountGranted, false, errors);
        if (parsedStatus == FundingStatus.GRANTED && granted == null && !errors.hasFieldErrors("amountGranted")) {
            errors.rejectValue("amountGranted", "funding.form.granted.required");
        }
        LocalDate start = date("periodStart", periodStart, errors);
        LocalDate end = date("periodEnd", periodEnd, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("periodEnd", "funding.form.periodEnd.beforeStart");
        }
        Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
        for (String category : costCategories) {
            try {
                categories.add(CostCategory.valueOf(category));
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("costCategories", "funding.form.categories.required");
            }
        }
        if (categories.isEmpty() && !errors.hasFieldErrors("costCategories")) {
            errors.rejectValue("costCategories", "funding.form.categories.required");
        }
        Integer cap = cap(errors);
        if (errors.hasErrors() || parsedStatus == null || applied == null || start == null || end == null) {
            return null;
        }
        return new EntryDetails(
                instrumentName == null ? "" : instrumentName,
                instrumentId,
                actor,
                actor == null ? actorName : null,
                parsedStatus,
                applied,
                granted,
                start,
                end,
                categories,
                cap,
                note == null ? "" : note);
    }

    private @Nullable FundingStatus status(Errors errors) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return FundingStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue("status", "funding.form.status.required");
            return null;
        }
    }

    private @Nullable Integer cap(Errors errors) {
        if (maxCoFinancingPercent == null || maxCoFinancingPercent.isBlank()) {
            return null;
        }
        String typed = maxCoFinancingPercent.strip().replace("%", "").strip();
        try {
            int cap = Integer.parseInt(typed);
            if (cap < 1 || cap > 100) {
                errors.rejectValue("maxCoFinancingPercent", "funding.form.cap.range");
                return null;
            }
            return cap;
        } catch (NumberFormatException notANumber) {
            errors.rejectValue("maxCoFinancingPercent", "funding.form.cap.range");
            return null;
        }
    }

    static @Nullable Money amount(String field, @Nullable String typed, boolean required, Errors errors) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        Money.Parsed parsed = Money.inspectNok(typed);
        switch (parsed) {
            case OK:
                return Money.parseNok(typed).orElseThrow();
            case EMPTY:
                if (required) {
                    errors.rejectValue(field, "funding.form.amount.required");
                }
                return null;
            case NEGATIVE:
                errors.rejectValue(field, "funding.form.amount.negative");
                return null;
            case TOO_LARGE:
                errors.rejectValue(field, "funding.form.amount.tooLarge");
                return null;
            default:
                errors.rejectValue(field, "funding.form.amount.invalid");
                return null;
        }
    }

    private static @Nullable LocalDate date(String field, @Nullable String typed, Errors errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "funding.form.date.required");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "funding.form.date.invalid");
            return null;
        }
    }

    boolean has(CostCategory category) {
        return costCategories.contains(category.name());
    }

    public @Nullable String getInstrumentName() {
        return instrumentName;
    }

    public void setInstrumentName(@Nullable String instrumentName) {
        this.instrumentName = instrumentName;
    }

    public @Nullable String getInstrumentId() {
        return instrumentId;
    }

    public void setInstrumentId(@Nullable String instrumentId) {
        this.instrumentId = instrumentId;
    }

    public @Nullable String getActorOrganisation() {
        return actorOrganisation;
    }

    public void setActorOrganisation(@Nullable String actorOrganisation) {
        this.actorOrganisation = actorOrganisation;
    }

    public @Nullable String getActorName() {
        return actorName;
    }

    public void setActorName(@Nullable String actorName) {
        this.actorName = actorName;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getAmountApplied() {
        return amountApplied;
    }

    public void setAmountApplied(@Nullable String amountApplied) {
        this.amountApplied = amountApplied;
    }

    public @Nullable String getAmountGranted() {
        return amountGranted;
    }

    public void setAmountGranted(@Nullable String amountGranted) {
        this.amountGranted = amountGranted;
    }

    public @Nullable String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(@Nullable String periodStart) {
        this.periodStart = periodStart;
    }

    public @Nullable String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(@Nullable String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public List<String> getCostCategories() {
        return costCategories;
    }

    public void setCostCategories(@Nullable List<String> costCategories) {
        this.costCategories = costCategories == null ? new ArrayList<>() : new ArrayList<>(costCategories);
    }

    public @Nullable String getMaxCoFinancingPercent() {
        return maxCoFinancingPercent;
    }

    public void setMaxCoFinancingPercent(@Nullable String maxCoFinancingPercent) {
        this.maxCoFinancingPercent = maxCoFinancingPercent;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
