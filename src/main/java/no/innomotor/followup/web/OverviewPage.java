package no.innomotor.followup.web;

import java.util.Map;
import java.util.Optional;
import no.innomotor.followup.Overview;
import org.springframework.validation.Errors;

/**
 * The advisers' overview (followup/overview.jte): one page of suppliers, the filters as typed with their errors, the
 * counties to filter on, every Norwegian region's name (for the regions a supplier serves) and the pages around.
 */
public record OverviewPage(
        Overview overview,
        OverviewQuery query,
        Errors errors,
        Map<String, String> counties,
        Map<String, String> regionNames,
        Optional<String> previousUrl,
        Optional<String> nextUrl) {

    static final String TEMPLATE = "followup/overview";

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }
}
