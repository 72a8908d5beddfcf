package no.innomotor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.shared.OrgNumber;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@InnomotorTest
class AuditTrailTests {

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    AuditManagement audit;

    @Test
    void everyChangeIsRecordedWithWhoWhatAndWhen() {
        PersonSummary admin = organisations.createPerson(TestData.email("admin"), "Anne Admin", "passord-123456", null);
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()),
                        "Revisjonsby kommune",
                        OrganisationType.MUNICIPALITY,
                        "NO081",
                        null),
                admin.id());
        organisations.approve(org.id(), admin.id());

        var timeline = audit.timeline("organisation", org.id().toString());
        assertThat(timeline)
                .extracting(AuditEntry::action)
                .containsExactly("organisation.registered", "organisation.approved");
        assertThat(timeline).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(admin.id());
            assertThat(entry.actorName()).isEqualTo("Anne Admin");
            assertThat(entry.organisation()).isEqualTo(org.id());
            assertThat(entry.occurredAt()).isNotNull();
        });
        assertThat(timeline.get(0).summary()).contains("Revisjonsby kommune");
    }

    @Test
    void theLogFiltersByOrganisationAndText() {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()),
                        "Filterstad kommune",
                        OrganisationType.MUNICIPALITY,
                        null,
                        null),
                null);
        var byOrg = audit.search(new AuditManagement.Filter(org.id(), null, null, null, null, null, null, null), 0, 50);
        assertThat(byOrg.getContent())
                .hasSize(1)
                .first()
                .satisfies(entry -> assertThat(entry.summary()).contains("Filterstad"));
        var byText =
                audit.search(new AuditManagement.Filter(null, null, null, null, "filterstad", null, null, null), 0, 50);
        assertThat(byText.getContent())
                .extracting(AuditEntry::objectId)
                .contains(org.id().toString());
    }

    @Test
    void aChangeThatFailsLeavesNoAuditRecord() {
        String number = TestData.orgNumber();
        organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(number), "Først kommune", OrganisationType.MUNICIPALITY, null, null),
                null);
        long before = audit.search(AuditManagement.Filter.none(), 0, 1).getTotalElements();
        assertThatThrownBy(() -> organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(number), "Dobbel kommune", OrganisationType.MUNICIPALITY, null, null),
                null));
        assertThat(audit.search(AuditManagement.Filter.none(), 0, 1).getTotalElements())
                .isEqualTo(before);
    }
}
