package no.innomotor.suppliers.web;

import java.util.List;
import no.innomotor.suppliers.SupplierProfileView;

/**
 * One supplier's page (suppliers/profile.jte): the profile as the reader may see it, its competences and regions
 * named in the reader's language.
 */
public record SupplierProfilePage(SupplierProfileView profile, List<Labelled> competences, List<Labelled> regions) {

    static final String TEMPLATE = "suppliers/profile";

    public SupplierProfilePage {
        competences = List.copyOf(competences);
        regions = List.copyOf(regions);
    }
}
