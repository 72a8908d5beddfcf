package no.innomotor.suppliers;

import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * What a supplier writes about its company, and what it lets buyers and advisers see: whether the profile is listed in
 * the directory at all, and per part (contacts, references, growth ambitions) whether it is shown.
 */
public record ProfileFacts(
        int employees,
        @Nullable Integer foundedYear,
        List<CpvCode> competences,
        List<NutsCode> regions,
        List<String> keywords,
        String pitch,
        String references,
        List<ContactPerson> contacts,
        boolean soldToPublicSector,
        String targetMarkets,
        String threeYearGoal,
        String helpWanted,
        Visibility visibility) {

    public ProfileFacts {
        competences = List.copyOf(competences);
        regions = List.copyOf(regions);
        keywords = List.copyOf(keywords);
        contacts = List.copyOf(contacts);
    }

    /** What buyers and advisers see: the profile in the directory, and each part of it. */
    public record Visibility(boolean listed, boolean contacts, boolean references, boolean growth) {}
}
