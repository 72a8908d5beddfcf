package no.innomotor.riskrelief.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.innomotor.riskrelief.Audience;
import no.innomotor.riskrelief.CriterionView;
import no.innomotor.riskrelief.SchemeInput;
import no.innomotor.riskrelief.SchemeKind;
import no.innomotor.riskrelief.SchemeView;
import no.innomotor.shared.CostCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A scheme as its owner types it: up to {@link #ROWS} criteria with weights, the first period's budget. */
public class SchemeForm {

    static final int ROWS = 5;

    @NotBlank(message = "{riskrelief.form.required}")
    @Size(max = 200, message = "{riskrelief.form.tooLong}")
    private @Nullable String name;

    @NotBlank(message = "{riskrelief.form.required}")
    @Size(max = 20_000, message = "{riskrelief.form.tooLong}")
    private @Nullable String description;

    private @Nullable String kind;
    private @Nullable String audience;
    private @Nullable String deadline;
    private @Nullable String periodYear;
    private @Nullable String amount;
    private List<String> criterionNames = blanks();
    private List<String> criterionWeights = blanks();
    private List<String> categories = new ArrayList<>();
    private long version;

    static SchemeForm of(SchemeView scheme) {
        SchemeForm form = new SchemeForm();
        form.name = scheme.name();
        form.description = scheme.description();
        form.kind = scheme.kind().name();
        form.audience = scheme.audience().name();
        form.deadline = scheme.deadline().toString();
        if (scheme.ledger() != null && !scheme.ledger().periods().isEmpty()) {
            form.periodYear = String.valueOf(scheme.ledger().periods().get(0).year());
            form.amount = String.valueOf(scheme.ledger().periods().get(0).budget());
        }
        List<CriterionView> criteria = scheme.criteria();
        for (int i = 0; i < Math.min(ROWS, criteria.size()); i++) {
            form.criterionNames.set(i, criteria.get(i).name());
            form.criterionWeights.set(i, String.valueOf(criteria.get(i).weight()));
        }
        form.categories = new ArrayList<>(
                scheme.categories().stream().map(CostCategory::name).toList());
        form.version = scheme.version();
        return form;
    }

    /** The input, or null with the reasons in {@code errors}. */
    @Nullable
    SchemeInput toInput(Errors errors) {
        SchemeKind k = Parse.choice(SchemeKind.class, kind, "kind", errors);
        Audience a = Parse.choice(Audience.class, audience, "audience", errors);
        LocalDate due = Parse.date(deadline, "deadline", true, errors);
        int year = Parse.integer(periodYear, "periodYear", 2020, 2100, errors);
        long budget = Parse.amount(amount, "amount", true, errors);
        List<SchemeInput.Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String n = Parse.text(criterionNames.size() > i ? criterionNames.get(i) : null);
            String w = criterionWeights.size() > i ? criterionWeights.get(i) : null;
            if (n.isEmpty() && (w == null || w.isBlank())) {
                continue;
            }
            if (n.isEmpty()) {
                errors.rejectValue("criterionNames[" + i + "]", "riskrelief.form.required");
            }
            criteria.add(new SchemeInput.Criterion(n, Parse.integer(w, "criterionWeights[" + i + "]", 1, 100, errors)));
        }
        Set<CostCategory> covered = Parse.categories(categories, "categories", errors);
        if (errors.hasErrors() || k == null || a == null || due == null) {
            return null;
        }
        return new SchemeInput(Parse.text(name), Parse.text(description), k, a, due, year, budget, criteria, covered);
    }

    private static List<String> blanks() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            list.add("");
        }
        return list;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
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

    public @Nullable String getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable String deadline) {
        this.deadline = deadline;
    }

    public @Nullable String getPeriodYear() {
        return periodYear;
    }

    public void setPeriodYear(@Nullable String periodYear) {
        this.periodYear = periodYear;
    }

    public @Nullable String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount;
    }

    public List<String> getCriterionNames() {
        return criterionNames;
    }

    public void setCriterionNames(List<String> criterionNames) {
        this.criterionNames = pad(criterionNames);
    }

    public List<String> getCriterionWeights() {
        return criterionWeights;
    }

    public void setCriterionWeights(List<String> criterionWeights) {
        this.criterionWeights = pad(criterionWeights);
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = new ArrayList<>(categories);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    private static List<String> pad(List<String> values) {
        List<String> list = new ArrayList<>(values);
        while (list.size() < ROWS) {
            list.add("");
        }
        return list;
    }
}
