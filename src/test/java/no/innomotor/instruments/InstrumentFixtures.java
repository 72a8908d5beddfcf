package no.innomotor.instruments;

import java.util.List;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.TestData;
import org.springframework.stereotype.Component;

/**
 * Builds the instruments module's test data through the real services: instrument actors with a person of their own,
 * and instruments, drafts or published. A bean of the test context; every call makes new, uniquely named data.
 */
@Component
public class InstrumentFixtures {

    private final OrganisationsManagement organisations;
    private final ProjectFixtures people;
    private final InstrumentsManagement instruments;
    private final InstrumentQueries queries;

    InstrumentFixtures(
            OrganisationsManagement organisations,
            ProjectFixtures people,
            InstrumentsManagement instruments,
            InstrumentQueries queries) {
        this.organisations = organisations;
        this.people = people;
        this.instruments = instruments;
        this.queries = queries;
    }

    /** An approved instrument actor and one of its people. */
    public record Actor(OrganisationId id, String name, ProjectFixtures.Person person) {}

    public Actor actor(String name) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()), name, OrganisationType.INSTRUMENT_ACTOR, "NO081", null),
                null);
        organisations.approve(org.id(), null);
        return new Actor(org.id(), name, people.person(org.id(), "Vera Virkemiddel", Role.INSTRUMENT_ACTOR));
    }

    public InstrumentId draft(Actor actor, InstrumentContent content) {
        return instruments.create(actor.id(), content, actor.person().user());
    }

    public InstrumentId published(Actor actor, InstrumentContent content) {
        InstrumentId id = draft(actor, content);
        instruments.publish(
                id,
                queries.view(id, actor.person().user()).version(),
                actor.person().user());
        return id;
    }

    /** A published instrument of an actor the caller set up, by one of its people. */
    public InstrumentId published(OrganisationId owner, CurrentUser by, InstrumentContent content) {
        InstrumentId id = instruments.create(owner, content, by);
        instruments.publish(id, queries.view(id, by).version(), by);
        return id;
    }

    public InstrumentId published(Actor actor, String name) {
        return published(actor, forMunicipalities(name));
    }

    /** A grant for municipalities in steps 1 to 3 with a signed mandate, projects of 1 to 10 million. */
    public static InstrumentContent forMunicipalities(String name) {
        return new InstrumentContent(
                name,
                "Tilskudd til kommuner som vil løse et behov med en innovativ anskaffelse.",
                InstrumentKind.GRANT,
                Audience.BUYER,
                new Eligibility(
                        List.of(OrganisationType.MUNICIPALITY),
                        List.of(),
                        List.of(),
                        List.of("NO"),
                        List.of(1, 2, 3),
                        1_000_000L,
                        10_000_000L,
                        50,
                        true,
                        false),
                true,
                List.of(),
                ApplyRoute.LINK,
                "https://www.forskningsradet.no",
                null,
                "Ola Kontakt",
                List.of(CostCategory.PERSONNEL, CostCategory.DEVELOPMENT),
                true);
    }

    /** A grant for small companies with a pilot customer. */
    public static InstrumentContent forSuppliers(String name) {
        return new InstrumentContent(
                name,
                "Tilskudd til bedrifter som utvikler med en pilotkunde.",
                InstrumentKind.GRANT,
                Audience.SUPPLIER,
                new Eligibility(
                        List.of(OrganisationType.COMPANY),
                        List.of(no.innomotor.suppliers.SizeClass.SMALL, no.innomotor.suppliers.SizeClass.MICRO),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        45,
                        false,
                        true),
                true,
                List.of(),
                ApplyRoute.LINK,
                "https://www.innovasjonnorge.no",
                null,
                "",
                List.of(CostCategory.DEVELOPMENT),
                false);
    }
}
