package no.innomotor.suppliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Why an opportunity matched: which of the supplier's CPV codes covers which of the opportunity's, the opportunity's
 * places inside the regions served (codes, and the counties' names), and the keywords found in its texts. Kept as typed parts, so a page or a
 * message renders them in the reader's language ("CPV 72000000 dekker 72212000"; "CPV 72000000 covers 72212000").
 */
public record AlertReasons(List<CpvMatch> cpv, List<String> regions, List<String> regionNames, List<String> keywords) {

    public AlertReasons {
        cpv = List.copyOf(cpv);
        regions = List.copyOf(regions);
        regionNames = List.copyOf(regionNames);
        keywords = List.copyOf(keywords);
    }

    /** The supplier's code {@code interest} covers the opportunity's code {@code opportunity} (or is it). */
    public record CpvMatch(String interest, String opportunity) {

        public boolean same() {
            return interest.equals(opportunity);
        }
    }

    String cpvColumn() {
        return String.join(
                " ", cpv.stream().map(m -> m.interest() + ":" + m.opportunity()).toList());
    }

    static AlertReasons read(
            String cpvColumn, String regionColumn, String keywordColumn, Function<String, String> regionName) {
        List<CpvMatch> matches = new ArrayList<>();
        for (String pair : SupplierProfile.codes(cpvColumn)) {
            String[] parts = pair.split(":", 2);
            matches.add(new CpvMatch(parts[0], parts.length > 1 ? parts[1] : parts[0]));
        }
        List<String> regions = SupplierProfile.codes(regionColumn);
        return new AlertReasons(
                matches,
                regions,
                regions.stream().map(regionName).toList(),
                keywordColumn.isBlank() ? List.of() : Arrays.asList(keywordColumn.split(",")));
    }
}
