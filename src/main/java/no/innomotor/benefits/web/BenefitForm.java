package no.innomotor.benefits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.benefits.BenefitDetails;
import no.innomotor.benefits.BenefitId;
import no.innomotor.benefits.BenefitType;
import no.innomotor.benefits.BenefitView;
import no.innomotor.benefits.MeasurementCsv;
import no.innomotor.benefits.MeasurementSchedule;
import no.innomotor.shared.Money;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** One benefit as the team typed it; {@link #details} reads it, with an error next to each field it refuses. */
public class BenefitForm {

    @NotBlank(message = "{benefits.form.title.required}")
    @Size(max = 200, message = "{benefits.form.tooLong}")
    private @Nullable String title;

    @Size(max = 5_000, message = "{benefits.form.tooLong}")
    private @Nullable String description;

    @NotBlank(message = "{benefits.form.type.required}")
    private @Nullable String type;

    private boolean priced;
    private boolean quantitative;

    @NotBlank(message = "{benefits.form.indicator.required}")
    @Size(max = 200, message = "{benefits.form.tooLong}")
    private @Nullable String indicator;

    @Size(max = 40, message = "{benefits.form.tooLong}")
    private @Nullable String unit;

    @Size(max = 5_000, message = "{benefits.form.tooLong}")
    private @Nullable String method;

    private @Nullable String baselineValue;
    private @Nullable String baselineOn;

    @Size(max = 300, message = "{benefits.form.tooLong}")
    private @Nullable String baselineSource;

    private @Nullable String targetValue;
    private @Nullable String targetOn;

    @NotBlank(message = "{benefits.form.schedule.required}")
    private @Nullable String schedule;

    @NotBlank(message = "{benefits.form.owner.required}")
    private @Nullable String owner;

    @Size(max = 5_000, message = "{benefits.form.tooLong}")
    private @Nullable String preconditions;

    @Size(max = 5_000, message = "{benefits.form.tooLong}")
    private @Nullable String actions;

    @Size(max = 5_000, message = "{benefits.form.tooLong}")
    private @Nullable String risks;

    @Size(max = 5_000, message = "{benefits.form.tooLong}")
    private @Nullable String mandateGoal;

    private @Nullable String plannedNok;
    private List<String> leadsTo = new ArrayList<>();
    private long version;

    static BenefitForm of(BenefitView b) {
        BenefitForm form = new BenefitForm();
        form.title = b.title();
        form.description = b.description();
        form.type = b.type().name();
        form.priced = b.priced();
        form.quantitative = b.quantitative();
        form.indicator = b.indicator();
        form.unit = b.unit();
        form.method = b.method();
        form.baselineValue = b.baselineValue() == null
                ? ""
                : b.baselineValue().stripTrailingZeros().toPlainString();
        form.baselineOn = b.baselineOn() == null ? "" : b.baselineOn().toString();
        form.baselineSource = b.baselineSource();
        form.targetValue = b.targetValue() == null
                ? ""
                : b.targetValue().stripTrailingZeros().toPlainString();
        form.targetOn = b.targetOn() == null ? "" : b.targetOn().toString();
        form.schedule = b.schedule().name();
        form.owner = b.owner().toString();
        form.preconditions = b.preconditions();
        form.actions = b.actions();
        form.risks = b.risks();
        form.mandateGoal = b.mandateGoal();
        form.plannedNok =
                b.plannedNok() == null ? "" : String.valueOf(b.plannedNok().kroner());
        form.leadsTo =
                new ArrayList<>(b.leadsTo().stream().map(BenefitId::toString).toList());
        form.version = b.version();
        return form;
    }

    /** The benefit, or null when a field is refused (each with its error). */
    @Nullable
    BenefitDetails details(Errors errors) {
        BenefitType benefitType = choice(BenefitType.class, "type", type, errors);
        MeasurementSchedule every = choice(MeasurementSchedule.class, "schedule", schedule, errors);
        PersonId person = null;
        if (owner != null && !owner.isBlank()) {
            try {
                person = PersonId.of(owner.strip());
            } catch (IllegalArgumentException notAnId) {
                errors.rejectValue("owner", "benefits.form.owner.unknown");
            }
        }
        BigDecimal baseline = number("baselineValue", baselineValue, errors);
        LocalDate baselineDate = date("baselineOn", baselineOn, errors);
        BigDecimal target = number("targetValue", targetValue, errors);
        LocalDate targetDate = date("targetOn", targetOn, errors);
        Money planned = null;
        if (plannedNok != null && !plannedNok.isBlank()) {
            planned = Money.parseNok(plannedNok).orElse(null);
            if (planned == null) {
                errors.rejectValue("plannedNok", "benefits.form.plannedNok.invalid");
            }
        }
        List<BenefitId> links = new ArrayList<>();
        for (String link : leadsTo) {
            try {
                links.add(BenefitId.of(link.strip()));
            } catch (IllegalArgumentException notAnId) {
                errors.rejectValue("leadsTo", "benefits.form.leadsTo.unknown");
            }
        }
        if (errors.hasErrors() || benefitType == null || every == null || person == null) {
            return null;
        }
        return new BenefitDetails(
                text(title),
                text(description),
                benefitType,
                priced,
                quantitative,
                text(indicator),
                benefitType == BenefitType.EFFICIENCY && text(unit).isEmpty() ? "kr" : text(unit),
                text(method),
                baseline,
                baselineDate,
                text(baselineSource),
                target,
                targetDate,
                every,
                person,
                text(preconditions),
                text(actions),
                text(risks),
                text(mandateGoal),
                planned,
                links);
    }

    static String text(@Nullable String typed) {
        return typed == null ? "" : typed.strip();
    }

    static @Nullable BigDecimal number(String field, @Nullable String typed, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        BigDecimal value = MeasurementCsv.number(typed);
        if (value == null) {
            errors.rejectValue(field, "benefits.form.number.invalid");
        }
        return value;
    }

    static @Nullable LocalDate date(String field, @Nullable String typed, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        LocalDate date = MeasurementCsv.date(typed);
        if (date == null) {
            errors.rejectValue(field, "benefits.form.date.invalid");
        }
        return date;
    }

    private static <E extends Enum<E>> @Nullable E choice(
            Class<E> kind, String field, @Nullable String typed, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, typed.strip());
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue(field, "benefits.form.choice.invalid");
            return null;
        }
    }

    public boolean isPriced() {
        return priced;
    }

    public void setPriced(boolean priced) {
        this.priced = priced;
    }

    public boolean isQuantitative() {
        return quantitative;
    }

    public void setQuantitative(boolean quantitative) {
        this.quantitative = quantitative;
    }

    public List<String> getLeadsTo() {
        return leadsTo;
    }

    public void setLeadsTo(@Nullable List<String> leadsTo) {
        this.leadsTo = leadsTo == null ? new ArrayList<>() : new ArrayList<>(leadsTo);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getType() {
        return type;
    }

    public void setType(@Nullable String type) {
        this.type = type;
    }

    public @Nullable String getIndicator() {
        return indicator;
    }

    public void setIndicator(@Nullable String indicator) {
        this.indicator = indicator;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public @Nullable String getMethod() {
        return method;
    }

    public void setMethod(@Nullable String method) {
        this.method = method;
    }

    public @Nullable String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(@Nullable String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public @Nullable String getBaselineOn() {
        return baselineOn;
    }

    public void setBaselineOn(@Nullable String baselineOn) {
        this.baselineOn = baselineOn;
    }

    public @Nullable String getBaselineSource() {
        return baselineSource;
    }

    public void setBaselineSource(@Nullable String baselineSource) {
        this.baselineSource = baselineSource;
    }

    public @Nullable String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(@Nullable String targetValue) {
        this.targetValue = targetValue;
    }

    public @Nullable String getTargetOn() {
        return targetOn;
    }

    public void setTargetOn(@Nullable String targetOn) {
        this.targetOn = targetOn;
    }

    public @Nullable String getSchedule() {
        return schedule;
    }

    public void setSchedule(@Nullable String schedule) {
        this.schedule = schedule;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public @Nullable String getPreconditions() {
        return preconditions;
    }

    public void setPreconditions(@Nullable String preconditions) {
        this.preconditions = preconditions;
    }

    public @Nullable String getActions() {
        return actions;
    }

    public void setActions(@Nullable String actions) {
        this.actions = actions;
    }

    public @Nullable String getRisks() {
        return risks;
    }

    public void setRisks(@Nullable String risks) {
        this.risks = risks;
    }

    public @Nullable String getMandateGoal() {
        return mandateGoal;
    }

    public void setMandateGoal(@Nullable String mandateGoal) {
        this.mandateGoal = mandateGoal;
    }

    public @Nullable String getPlannedNok() {
        return plannedNok;
    }

    public void setPlannedNok(@Nullable String plannedNok) {
        this.plannedNok = plannedNok;
    }
}
