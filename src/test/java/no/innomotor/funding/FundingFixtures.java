package no.innomotor.funding;

import java.time.LocalDate;
import java.util.Set;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.TestData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the funding module's test data through the real services: approved instrument actors with a person of their
 * own, and entries. Every call makes new, uniquely numbered data, so no test depends on another.
 */
@Component
public class FundingFixtures {

    private final OrganisationsManagement organisations;
    private final ProjectFixtures people;

    FundingFixtures(OrganisationsManagement organisations, ProjectFixtures people) {
        this.organisations = organisations;
        this.people = people;
    }

    /** An approved instrument actor and one of its people. */
    public record Actor(OrganisationId id, String name, ProjectFixtures.Person person) {}

    public Actor actor(String name) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()), name, OrganisationType.INSTRUMENT_ACTOR, "NO081", null),
                null);
        organisations.approve(org.id(), null);
        ProjectFixtures.Person person = people.person(org.id(), "Vera Virkemiddel", Role.INSTRUMENT_ACTOR);
        return new Actor(org.id(), name, person);
    }

    /** An entry for an actor on the platform. */
    public static EntryDetails details(
            String instrument,
            OrganisationId actor,
            FundingStatus status,
            long applied,
            @Nullable Long granted,
            LocalDate start,
            LocalDate end,
            Set<CostCategory> categories,
            @Nullable Integer cap) {
        return new EntryDetails(
                instrument,
                null,
                actor,
                null,
                status,
                Money.nok(applied),
                granted == null ? null : Money.nok(granted),
                start,
                end,
                categories,
                cap,
                "");
    }

    /** An entry for an actor off the platform, by name. */
    public static EntryDetails named(
            String instrument,
            String actorName,
            FundingStatus status,
            long applied,
            @Nullable Long granted,
            LocalDate start,
            LocalDate end,
            Set<CostCategory> categories) {
        return new EntryDetails(
                instrument,
                null,
                null,
                actorName,
                status,
                Money.nok(applied),
                granted == null ? null : Money.nok(granted),
                start,
                end,
                categories,
                null,
                "");
    }
}
