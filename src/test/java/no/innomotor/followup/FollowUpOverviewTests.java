package no.innomotor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.followup.FollowUpFixtures.Company;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The advisers' overview and its filters. Other tests share the database, so each test looks only at the companies it
 * made (unique names): whether they are kept or left out, and in what order.
 */
@InnomotorTest
class FollowUpOverviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    FollowUpManagement followUp;

    @Autowired
    FollowUpQueries queries;

    @Autowired
    no.innomotor.notices.NoticesManagement notices;

    @Autowired
    DialogueFixtures dialogue;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    no.innomotor.dialogue.DialogueManagement registrations;

    @Autowired
    java.time.Clock clock;

    ProjectFixtures.Person adviser;
    Company fresh;
    Company seasoned;
    Company overdue;
    Company soon;
    LocalDate today;

    @BeforeEach
    void world() {
        today = NorwegianTime.today(clock);
        adviser = fixtures.adviser("Oversikt Rådgiver");
        fresh = fixtures.company("Oversikt Fersk AS", "NO071", false, true);
        seasoned = fixtures.company("Oversikt Erfaren AS", "NO060", true, true);
        overdue = fixtures.company("Oversikt Forfalt AS", "NO060", false, true);
        soon = fixtures.company("Oversikt Snart AS", "NO060", false, true);
        PlanId late = fixtures.plan(adviser, overdue);
        followUp.addStep(late, "Forfalt steg", today.minusDays(2), Responsible.ADVISER, adviser.user());
        followUp.addActivity(late, ActivityKind.MEETING, today.minusMonths(5), "Gammelt møte", "", adviser.user());
        PlanId next = fixtures.plan(adviser, soon);
        followUp.addStep(next, "Snart steg", today.plusDays(1), Responsible.SUPPLIER, adviser.user());
        followUp.addActivity(next, ActivityKind.COURSE, today.minusDays(10), "Kurs", "", adviser.user());
    }

    private List<OrganisationId> mine(OverviewFilter filter) {
        List<OrganisationId> made = List.of(fresh.id(), seasoned.id(), overdue.id(), soon.id());
        return queries.rows(filter, adviser.user()).stream()
                .map(OverviewRow::company)
                .filter(made::contains)
                .toList();
    }

    @Test
    void overdueStepsComeFirstThenTheEarliestDueThenByName() {
        assertThat(mine(OverviewFilter.none()))
                .containsSubsequence(overdue.id(), soon.id())
                .containsSubsequence(soon.id(), seasoned.id(), fresh.id());
    }

    @Test
    void eachFilterNarrows() {
        assertThat(mine(new OverviewFilter(true, null, null, null, false)))
                .containsExactlyInAnyOrder(fresh.id(), overdue.id(), soon.id());
        assertThat(mine(new OverviewFilter(false, no.innomotor.shared.NutsCode.of("NO07"), null, null, false)))
                .containsExactly(fresh.id());
        assertThat(mine(new OverviewFilter(false, null, true, null, false))).containsExactly(overdue.id(), soon.id());
        assertThat(mine(new OverviewFilter(false, null, false, null, false)))
                .containsExactlyInAnyOrder(fresh.id(), seasoned.id());
        assertThat(mine(new OverviewFilter(false, null, null, 3, false))).containsExactly(soon.id());
        assertThat(mine(new OverviewFilter(false, null, null, 6, false))).containsExactly(overdue.id(), soon.id());
        assertThat(mine(new OverviewFilter(false, null, null, null, true))).containsExactly(overdue.id(), soon.id());
    }

    @Test
    void theRowsCountTheMarketDialoguesTakenPartInAndThePageShowsThem() throws Exception {
        ProjectFixtures.Org buyer = projects.municipality("Oversikt kommune");
        AnnouncementId first = dialogue.published(buyer, "Oversikt dialog 1");
        AnnouncementId second = dialogue.published(buyer, "Oversikt dialog 2");
        registrations.register(first, List.of(), fresh.supplier().user());
        registrations.register(second, List.of(), fresh.supplier().user());

        String page = mvc.perform(get("/followup")
                        .param("region", "NO071")
                        .param("plan", "without")
                        .with(user(adviser.details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int row = page.indexOf("data-company=\"" + fresh.id() + "\"");
        assertThat(row).isPositive();
        String cells = page.substring(row, page.indexOf("</tr>", row));
        assertThat(cells)
                .contains("Oversikt Fersk AS", "/followup/companies/" + fresh.id() + "/plan/new", "<td>2</td>");
        assertThat(page).doesNotContain("Oversikt Forfalt AS");
    }

    @Test
    void theRowsCountTheContractsWonByImportedResultNotices() throws Exception {
        // The eForms SDK's example award notice, its winner made the supplier (a Norwegian company by its number).
        String xml = new org.springframework.core.io.ClassPathResource("eforms-sdk/examples/notices/can_24_minimal.xml")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("(schemeName=\"notice-id\">)[^<]+<", "$1" + java.util.UUID.randomUUID() + "<")
                .replace(
                        "<cbc:CompanyID>326 912 557</cbc:CompanyID>",
                        "<cbc:CompanyID>" + seasoned.orgNumber().value() + "</cbc:CompanyID>");
        int winner = xml.indexOf("Espaces Verts Lemire");
        xml = xml.substring(0, winner)
                + xml.substring(winner).replaceFirst("listName=\"country\">FRA<", "listName=\"country\">NOR<");
        notices.importNotice("award.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);

        assertThat(notices.awardsByOrgNumber(List.of(seasoned.orgNumber()))).containsKey(seasoned.orgNumber());
        // The counts are read for the page shown: the page the supplier is on.
        int index = queries.rows(OverviewFilter.none(), adviser.user()).stream()
                .map(OverviewRow::company)
                .toList()
                .indexOf(seasoned.id());
        OverviewRow row =
                queries
                        .overview(OverviewFilter.none(), index / FollowUpQueries.PAGE_SIZE, adviser.user())
                        .rows()
                        .stream()
                        .filter(r -> r.company().equals(seasoned.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(row.contractsWon()).isEqualTo(1);
    }

    @Test
    void anUnknownFilterValueIsShownNextToItsField() throws Exception {
        String page = mvc.perform(get("/followup").param("region", "XX99").with(user(adviser.details())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"region-error\"", "Velg et fylke fra listen.");
    }
}
