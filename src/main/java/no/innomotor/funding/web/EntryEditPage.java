package no.innomotor.funding.web;

import java.util.List;
import no.innomotor.funding.FundingEntryId;
import no.innomotor.projects.ProjectDetails;
import org.springframework.validation.Errors;

/** The page that edits or removes one recorded entry (funding/entry.jte); {@code conflict} as on the project's page. */
public record EntryEditPage(
        ProjectDetails project,
        FundingEntryId entry,
        EntryForm form,
        Errors errors,
        List<ActorOption> actorOptions,
        List<ActorOption> instrumentOptions,
        boolean conflict) {

    static final String TEMPLATE = "funding/entry";

    public EntryEditPage {
        actorOptions = List.copyOf(actorOptions);
        instrumentOptions = List.copyOf(instrumentOptions);
    }
}
