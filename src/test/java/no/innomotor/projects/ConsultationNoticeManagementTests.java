package no.innomotor.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.innomotor.audit.AuditEntry;
import no.innomotor.notices.MarketConsultationIncomplete;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNotice;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@InnomotorTest
class ConsultationNoticeManagementTests {

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectQueries queries;

    @Autowired
    ConsultationNoticeManagement notices;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    Clock clock;

    @Autowired
    ProjectFixtures fixtures;

    ProjectFixtures.Org municipality;
    LocalDate today;

    @BeforeEach
    void setUp() {
        municipality = fixtures.municipality("Noticeby kommune");
        today = LocalDate.now(clock.withZone(NorwegianTime.ZONE));
    }

    private ConsultationNoticeDetails complete(MarketConsultationNoticeType type, @Nullable String buyerNuts) {
        return new ConsultationNoticeDetails(
                type,
                List.of(MarketConsultationLanguage.ENGLISH, MarketConsultationLanguage.NORWEGIAN),
                null,
                "post@noticeby.kommune.no",
                "22 00 00 00",
                "Noticeby",
                "7010",
                buyerNuts,
                null,
                "Smarter energy monitoring",
                null,
                "We want to hear from the market.",
                today.plusDays(21),
                null,
                null,
                today.plusMonths(3),
                "https://noticeby.kommune.no/dialog",
                "Trøndelag tingrett",
                "926725939",
                "Trondheim",
                "7005",
                "NO060");
    }

    private void toStep(ProjectFixtures.Org org, ProjectId project, int last) {
        for (int step = 1; step <= last; step++) {
            fixtures.tickRequired(org, project, RoadmapStep.of(step));
            projects.completeStep(project, RoadmapStep.of(step), org.buyer().user());
        }
    }

    private ProjectId energyProject(ProjectFixtures.Org org) {
        ProjectId project = projects.create(
                new CreateProject(
                        "Energiovervåking i kommunale bygg",
                        "Vi vet for lite om når og hvor energien brukes.",
                        org.id(),
                        Money.nok(3_400_000),
                        ProjectCodes.cpv(List.of("48614000", "38430000", "71313000")),
                        NutsCode.of("NO060"),
                        ProcedureType.INNOVATION_PARTNERSHIP,
                        Set.of()),
                org.buyer().user());
        fixtures.signedMandate(org, project);
        return project;
    }

    @Test
    void theNoticeTakesTheBuyerCodesRegionAndValueFromTheProjectAndItsOrganisation() {
        ProjectId project = energyProject(municipality);
        toStep(municipality, project, 2);
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, null),
                ConsultationNoticeManagement.NEW,
                municipality.buyer().user());

        ConsultationNoticeView view = notices.view(project, municipality.buyer().user());
        assertThat(view.details().buyerNuts())
                .as("the project's region fills the buyer's county")
                .isEqualTo("NO060");
        assertThat(view.details().titleNorwegian()).isEqualTo("Energiovervåking i kommunale bygg");
        assertThat(view.details().descriptionNorwegian()).isEqualTo("Vi vet for lite om når og hvor energien brukes.");
        assertThat(view.details().languages())
                .as("Norwegian is the main language")
                .containsExactly(MarketConsultationLanguage.NORWEGIAN, MarketConsultationLanguage.ENGLISH);
        assertThat(view.checklist()).isEmpty();

        String xml =
                notices.export(project, municipality.buyer().user()).xmlText().replaceAll(">\\s+<", "><");
        String orgNumber =
                organisations.find(municipality.id()).orElseThrow().orgNumber().value();
        assertThat(xml)
                .contains(
                        "<cbc:CompanyID>" + orgNumber + "</cbc:CompanyID>",
                        "<cac:MainCommodityClassification><cbc:ItemClassificationCode listName=\"cpv\">48614000",
                        "<cac:AdditionalCommodityClassification><cbc:ItemClassificationCode listName=\"cpv\">38430000",
                        "<cac:AdditionalCommodityClassification><cbc:ItemClassificationCode listName=\"cpv\">71313000",
                        "<cac:RealizedLocation><cac:Address><cbc:CountrySubentityCode listName=\"nuts\">NO060",
                        "currencyID=\"NOK\">3400000</cbc:EstimatedOverallContractAmount>",
                        "<cbc:NoticeLanguageCode>NOR</cbc:NoticeLanguageCode>",
                        ">Energiovervåking i kommunale bygg</cbc:Name>");
    }

    @Test
    void aStateAgencyIsNamedACentralGovernmentAuthorityInTheNotice() {
        OrganisationSummary agency = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()),
                        "Noticedirektoratet",
                        OrganisationType.STATE_AGENCY,
                        "NO081",
                        null),
                null);
        organisations.approve(agency.id(), null);
        ProjectFixtures.Org org = new ProjectFixtures.Org(
                agency.id(),
                agency.name(),
                fixtures.person(agency.id(), "Dina Direktoratsinnkjøper", Role.BUYER),
                fixtures.person(agency.id(), "Dag Direktør", Role.TOP_LEADER));
        ProjectId project = energyProject(org);
        toStep(org, project, 2);
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRE_MARKET_CONSULTATION, "NO081"),
                ConsultationNoticeManagement.NEW,
                org.buyer().user());

        MarketConsultationNotice notice = notices.export(project, org.buyer().user());

        assertThat(notice.type()).isEqualTo(MarketConsultationNoticeType.PRE_MARKET_CONSULTATION);
        assertThat(notice.xmlText())
                .contains("<cbc:PartyTypeCode listName=\"buyer-legal-type\">cga</cbc:PartyTypeCode>");
        assertThat(ConsultationNoticeManagement.legalType(OrganisationType.COUNTY))
                .isEqualTo("ra");
        assertThat(ConsultationNoticeManagement.legalType(OrganisationType.MUNICIPALITY))
                .isEqualTo("la");
        assertThat(ConsultationNoticeManagement.legalType(OrganisationType.OTHER))
                .isNull();
    }

    @Test
    void savingAndExportingAreRecordedInTheProjectTimeline() {
        ProjectId project = energyProject(municipality);
        toStep(municipality, project, 2);
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, null),
                ConsultationNoticeManagement.NEW,
                municipality.buyer().user());
        MarketConsultationNotice notice =
                notices.export(project, municipality.buyer().user());

        List<AuditEntry> timeline =
                queries.timeline(project, municipality.buyer().user());
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("consultation-notice.saved");
            assertThat(entry.objectType()).isEqualTo("project");
            assertThat(entry.summary())
                    .contains(
                            "prior information notice for information only (eForms subtype 4)",
                            "languages NOR, ENG",
                            "response deadline " + today.plusDays(21));
        });
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("consultation-notice.exported");
            assertThat(entry.objectId()).isEqualTo(project.toString());
            assertThat(entry.actor()).isEqualTo(municipality.buyer().id());
            assertThat(entry.summary()).contains("notice id " + notice.noticeId());
        });
    }

    @Test
    void anIncompleteNoticeIsRefusedWithItsChecklistAndNothingIsRecorded() {
        ProjectId project = energyProject(municipality);
        toStep(municipality, project, 2);

        assertThatThrownBy(() -> notices.export(project, municipality.buyer().user()))
                .isInstanceOfSatisfying(
                        MarketConsultationIncomplete.class,
                        incomplete -> assertThat(incomplete.checklist())
                                .extracting(item -> item.messageKey())
                                .contains("notices.export.check.contact-email-missing"));
        assertThat(queries.timeline(project, municipality.buyer().user()))
                .noneMatch(entry -> entry.action().equals("consultation-notice.exported"));
    }

    @Test
    void aPausedProjectPreparesItsNoticeButExportsOnlyWhenResumed() {
        ProjectId project = energyProject(municipality);
        toStep(municipality, project, 2);
        projects.pause(project, municipality.leader().user());
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, null),
                ConsultationNoticeManagement.NEW,
                municipality.buyer().user());

        assertThat(notices.view(project, municipality.buyer().user()).exportBlockedKey())
                .isEqualTo("projects.notice.export.blocked.PAUSED");
        assertThatThrownBy(() -> notices.export(project, municipality.buyer().user()))
                .isInstanceOfSatisfying(
                        NoticeExportNotAllowed.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("projects.notice.export.blocked.PAUSED"));

        projects.resume(project, municipality.leader().user());
        assertThat(notices.export(project, municipality.buyer().user()).xmlText())
                .contains("Smarter energy");
    }

    @Test
    void aCompletedProjectKeepsItsNoticeReadOnly() {
        ProjectId project = energyProject(municipality);
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, null),
                ConsultationNoticeManagement.NEW,
                municipality.buyer().user());
        toStep(municipality, project, RoadmapStep.LAST);

        ConsultationNoticeView view = notices.view(project, municipality.buyer().user());
        assertThat(view.editable()).isFalse();
        assertThat(view.exportBlockedKey()).isEqualTo("projects.notice.export.blocked.COMPLETED");
        assertThatThrownBy(() -> notices.save(
                        project,
                        complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, null),
                        view.version(),
                        municipality.buyer().user()))
                .isInstanceOf(ProjectNotActive.class);
        assertThatThrownBy(() -> notices.export(project, municipality.buyer().user()))
                .isInstanceOf(NoticeExportNotAllowed.class);
    }
}
