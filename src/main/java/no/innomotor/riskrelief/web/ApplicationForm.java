package no.innomotor.riskrelief.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.riskrelief.ApplicationInput;
import no.innomotor.riskrelief.ApplicationView;
import no.innomotor.shared.CostCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What the applicant types: the amount, the period, the cost categories, a summary and an answer per criterion
 * ({@code answers[criterionId]}). {@code action} is "save" (a draft) or "submit".
 */
public class ApplicationForm {

    private @Nullable String amountRequested;
    private @Nullable String periodStart;
    private @Nullable String periodEnd;
    private List<String> categories = new ArrayList<>();

    @Size(max = 20_000, message = "{riskrelief.form.tooLong}")
    private @Nullable String summary;

    private Map<String, String> answers = new HashMap<>();
    private long version;
    private @Nullable String action;

    static ApplicationForm of(ApplicationView application) {
        ApplicationForm form = new ApplicationForm();
        form.amountRequested = application.amountRequested() == 0 ? "" : String.valueOf(application.amountRequested());
        form.periodStart = application.periodStart() == null
                ? ""
                : application.periodStart().toString();
        form.periodEnd =
                application.periodEnd() == null ? "" : application.periodEnd().toString();
        form.categories = new ArrayList<>(
                application.categories().stream().map(CostCategory::name).toList());
        form.summary = application.summary();
        application.answers().forEach(a -> form.answers.put(a.criterion().id(), a.text()));
        form.version = application.version();
        return form;
    }

    boolean submitting() {
        return "submit".equals(action);
    }

    @Nullable
    ApplicationInput toInput(Errors errors) {
        long amount = Parse.amount(amountRequested, "amountRequested", false, errors);
        LocalDate start = Parse.date(periodStart, "periodStart", false, errors);
        LocalDate end = Parse.date(periodEnd, "periodEnd", false, errors);
        Set<CostCategory> chosen = Parse.categories(categories, "categories", errors);
        if (errors.hasErrors()) {
            return null;
        }
        Map<String, String> typed = new HashMap<>();
        answers.forEach((k, v) -> typed.put(k, v == null ? "" : v));
        return new ApplicationInput(amount, start, end, chosen, Parse.text(summary), typed);
    }

    public @Nullable String getAmountRequested() {
        return amountRequested;
    }

    public void setAmountRequested(@Nullable String amountRequested) {
        this.amountRequested = amountRequested;
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

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = new ArrayList<>(categories);
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = new HashMap<>(answers);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable String getAction() {
        return action;
    }

    public void setAction(@Nullable String action) {
        this.action = action;
    }
}
