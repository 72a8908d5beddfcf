package no.innomotor.followup.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.innomotor.followup.OverviewFilter;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The overview's filters as they arrive in the address, read into an {@link OverviewFilter}. */
public class OverviewQuery {

    static final Set<String> MONTHS = Set.of("1", "3", "6", "12");

    private boolean newToPublicSector;
    private @Nullable String region;
    private @Nullable String plan;
    private @Nullable String activeMonths;
    private boolean openSteps;
    private int page;

    OverviewFilter filter(Map<String, String> regions, Errors errors) {
        NutsCode nuts = null;
        if (region != null && !region.isBlank()) {
            if (regions.containsKey(region.strip())) {
                nuts = NutsCode.of(region.strip());
            } else {
                errors.rejectValue("region", "followup.overview.region.unknown");
            }
        }
        Boolean withPlan = null;
        if ("with".equals(plan)) {
            withPlan = true;
        } else if ("without".equals(plan)) {
            withPlan = false;
        } else if (plan != null && !plan.isBlank()) {
            errors.rejectValue("plan", "followup.overview.plan.unknown");
        }
        Integer months = null;
        if (activeMonths != null && !activeMonths.isBlank()) {
            if (MONTHS.contains(activeMonths.strip())) {
                months = Integer.valueOf(activeMonths.strip());
            } else {
                errors.rejectValue("activeMonths", "followup.overview.activeMonths.unknown");
            }
        }
        return new OverviewFilter(newToPublicSector, nuts, withPlan, months, openSteps);
    }

    /** The address of another page of the same filters. */
    String url(int otherPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (newToPublicSector) {
            parameters.put("newToPublicSector", "true");
        }
        put(parameters, "region", region);
        put(parameters, "plan", plan);
        put(parameters, "activeMonths", activeMonths);
        if (openSteps) {
            parameters.put("openSteps", "true");
        }
        parameters.put("page", String.valueOf(otherPage));
        StringBuilder url = new StringBuilder("/followup?");
        parameters.forEach((key, value) -> url.append(key)
                .append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                .append('&'));
        return url.substring(0, url.length() - 1);
    }

    private static void put(Map<String, String> parameters, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(key, value.strip());
        }
    }

    public boolean isNewToPublicSector() {
        return newToPublicSector;
    }

    public void setNewToPublicSector(boolean newToPublicSector) {
        this.newToPublicSector = newToPublicSector;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = region;
    }

    public @Nullable String getPlan() {
        return plan;
    }

    public void setPlan(@Nullable String plan) {
        this.plan = plan;
    }

    public @Nullable String getActiveMonths() {
        return activeMonths;
    }

    public void setActiveMonths(@Nullable String activeMonths) {
        this.activeMonths = activeMonths;
    }

    public boolean isOpenSteps() {
        return openSteps;
    }

    public void setOpenSteps(boolean openSteps) {
        this.openSteps = openSteps;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
