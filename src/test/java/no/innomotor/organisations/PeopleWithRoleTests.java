package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The holders of a role in many organisations at once give what asking each organisation alone gives. */
@InnomotorTest
class PeopleWithRoleTests {

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    OrganisationsManagement organisations;

    @Test
    void manyOrganisationsAtOnceGiveEachOrganisationsHoldersOfTheRoleOnly() {
        OrganisationSummary first = fixtures.organisation(OrganisationType.COMPANY, "Først AS");
        OrganisationSummary second = fixtures.organisation(OrganisationType.COMPANY, "Nummer to AS");
        OrganisationSummary nobody = fixtures.organisation(OrganisationType.COMPANY, "Tom AS");
        PersonSummary anne = fixtures.person("Anne Selger", first.id(), Role.SUPPLIER);
        PersonSummary bjorn = fixtures.person("Bjørn Selger", first.id(), Role.SUPPLIER, Role.ADMIN);
        PersonSummary cecilie = fixtures.person("Cecilie Selger", second.id(), Role.SUPPLIER);
        fixtures.person("Dag Administrator", nobody.id(), Role.ADMIN);

        Map<OrganisationId, List<PersonSummary>> holders =
                organisations.peopleWithRole(List.of(first.id(), second.id(), nobody.id(), first.id()), Role.SUPPLIER);

        assertThat(holders).containsOnlyKeys(first.id(), second.id());
        assertThat(holders.get(first.id()))
                .extracting(PersonSummary::id)
                .containsExactlyInAnyOrder(anne.id(), bjorn.id());
        assertThat(holders.get(second.id())).extracting(PersonSummary::id).containsExactly(cecilie.id());
        for (OrganisationId organisation : holders.keySet()) {
            assertThat(holders.get(organisation))
                    .containsExactlyInAnyOrderElementsOf(organisations.peopleWithRole(organisation, Role.SUPPLIER));
        }
        assertThat(organisations.peopleWithRole(List.of(), Role.SUPPLIER)).isEmpty();
    }
}
