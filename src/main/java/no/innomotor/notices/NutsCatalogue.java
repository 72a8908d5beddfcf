package no.innomotor.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.innomotor.shared.NutsCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Norway's NUTS level-3 regions, from the eForms SDK's code list: the 15 counties, and Svalbard, Jan Mayen and
 * "Extra-Regio", which a notice may name but which are no county. Counties carry their Norwegian names (the SDK names
 * some in several languages, "Trøndelag/Trööndelage").
 */
@Service
public class NutsCatalogue {

    static final String SDK_NUTS_NOR = "eforms-sdk/codelists/nuts_nuts-nor-lvl3.gc";

    /** The counties of the current NUTS (2024) by their Norwegian names. */
    static final Map<String, String> COUNTIES = Map.ofEntries(
            Map.entry("NO020", "Innlandet"),
            Map.entry("NO060", "Trøndelag"),
            Map.entry("NO071", "Nordland"),
            Map.entry("NO072", "Troms"),
            Map.entry("NO073", "Finnmark"),
            Map.entry("NO081", "Oslo"),
            Map.entry("NO083", "Østfold"),
            Map.entry("NO084", "Akershus"),
            Map.entry("NO085", "Buskerud"),
            Map.entry("NO092", "Agder"),
            Map.entry("NO093", "Vestfold"),
            Map.entry("NO094", "Telemark"),
            Map.entry("NO0A1", "Rogaland"),
            Map.entry("NO0A2", "Vestland"),
            Map.entry("NO0A3", "Møre og Romsdal"));

    private final List<NutsRegion> counties;
    private final List<NutsRegion> regions;

    NutsCatalogue() {
        try (InputStream in = new ClassPathResource(SDK_NUTS_NOR).getInputStream()) {
            List<NutsRegion> all = GenericodeReader.readAll(in, Set.of("code", "Name")).stream()
                    .map(row -> new NutsRegion(
                            NutsCode.of(row.get("code")),
                            COUNTIES.getOrDefault(row.get("code"), row.getOrDefault("Name", row.get("code")))))
                    .toList();
            Collator norwegian = Collator.getInstance(Locale.forLanguageTag("nb"));
            this.counties = all.stream()
                    .filter(region -> COUNTIES.containsKey(region.code().value()))
                    .sorted(Comparator.comparing(NutsRegion::name, norwegian))
                    .toList();
            this.regions = Stream.concat(
                            counties.stream(),
                            all.stream()
                                    .filter(region ->
                                            !COUNTIES.containsKey(region.code().value()))
                                    .sorted(Comparator.comparing(NutsRegion::code)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The eForms SDK's NUTS code list could not be read", e);
        }
    }

    /** The 15 counties in Norwegian alphabetical order (Æ, Ø, Å last): the choices wherever a county is asked for. */
    public List<NutsRegion> counties() {
        return counties;
    }

    /**
     * Every Norwegian NUTS level-3 region: the counties, then Svalbard, Jan Mayen and Extra-Regio; for looking up a
     * code and for choices where any NUTS region is asked for.
     */
    public List<NutsRegion> norwegianRegions() {
        return regions;
    }

    public Optional<NutsRegion> find(NutsCode code) {
        return regions.stream().filter(region -> region.code().equals(code)).findFirst();
    }

    /** A code as another module keeps it, a string: exactly as the SDK writes it (NO081, not no081). */
    public Optional<NutsRegion> find(String code) {
        return regions.stream()
                .filter(region -> region.code().value().equals(code))
                .findFirst();
    }

    public boolean isKnown(NutsCode code) {
        return find(code).isPresent();
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }
}
