package no.innomotor.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** Norway's NUTS level-3 regions (the counties), from the eForms SDK's code list. */
@Service
public class NutsCatalogue {

    static final String SDK_NUTS_NOR = "eforms-sdk/codelists/nuts_nuts-nor-lvl3.gc";

    private final List<NutsRegion> norway;

    NutsCatalogue() {
        try (InputStream in = new ClassPathResource(SDK_NUTS_NOR).getInputStream()) {
            this.norway = GenericodeReader.readAll(in, Set.of("code", "Name")).stream()
                    .map(row -> new NutsRegion(row.get("code"), row.getOrDefault("Name", row.get("code"))))
                    .sorted(Comparator.comparing(NutsRegion::code))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The eForms SDK's NUTS code list could not be read", e);
        }
    }

    public List<NutsRegion> norwegianRegions() {
        return norway;
    }

    public Optional<NutsRegion> find(String code) {
        return norway.stream().filter(region -> region.code().equals(code)).findFirst();
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }
}
