package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.innomotor.notifications.InboxManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.AlertReach;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A published announcement reaches the suppliers whose profile or saved search matches it, as an imported notice
 * does, and the team sees how far it reached. The CPV codes (lawn mowers under harvesting machinery) are offered by
 * no other test's profile.
 */
@InnomotorTest
class AnnouncementReachTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    SupplierFixtures suppliers;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    DialogueQueries queries;

    @Autowired
    InboxManagement inbox;

    @Test
    void publishingAlertsTheMatchingSuppliersAndShowsTheTeamHowManyWereReached() throws Exception {
        Org buyer = projects.municipality("Plenvik kommune");
        SupplierFixtures.Company fits =
                suppliers.listed("Plenklipp AS", List.of("16300000"), List.of("NO081"), List.of());
        SupplierFixtures.Company elsewhere =
                suppliers.listed("Nordklipp AS", List.of("16300000"), List.of("NO060"), List.of());
        SupplierFixtures.Company searching = suppliers.company("Søkende AS");
        suppliers.search(searching.supplier(), "Gressklippere", List.of("16311000"), List.of());
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Robotklippere i parkene");
        AnnouncementId id = dialogue.draft(
                project, facts("Robotklippere i parkene"), buyer.buyer().user());

        assertThat(queries.reach(id, buyer.buyer().user()))
                .as("a draft is listed nowhere")
                .isEmpty();
        dialogue.publish(id, buyer.buyer().user());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.reach(id, buyer.buyer().user())
                        .map(AlertReach::organisations)
                        .orElse(0L)
                        .equals(2L));
        // Both companies have eight employees and have not sold to the public sector before (the fixture's facts).
        assertThat(queries.reach(id, buyer.buyer().user())).contains(new AlertReach(2, 2, 2));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !inbox.inbox(fits.supplier().user(), 0, Locale.forLanguageTag("nb"))
                        .getContent()
                        .isEmpty());
        assertThat(inbox.inbox(fits.supplier().user(), 0, Locale.forLanguageTag("nb"))
                        .getContent()
                        .get(0)
                        .title())
                .isEqualTo("Ny mulighet: Robotklippere i parkene");
        assertThat(inbox.inbox(elsewhere.supplier().user(), 0, Locale.forLanguageTag("nb"))
                        .getContent())
                .as("a region the announcement is not in")
                .isEmpty();

        String team = mvc.perform(
                        get("/announcements/" + id).with(user(buyer.buyer().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(team)
                .contains("2 bedrifter fikk varsel fordi profilen eller et lagret søk passet. 2 av dem er små eller"
                        + " mellomstore, 2 har ikke solgt til offentlig sektor før.");
    }

    @Test
    void nobodyOutsideTheTeamLearnsTheReach() throws Exception {
        Org buyer = projects.municipality("Taushet kommune");
        AnnouncementId id = fixtures.published(buyer, "Kunngjøring uten innsyn i rekkevidden");
        DialogueFixtures.Supplier supplier = fixtures.supplier("Nysgjerrig AS");

        assertThat(queries.reach(id, supplier.person().user())).isEqualTo(Optional.empty());
        assertThat(queries.reach(id, null)).isEqualTo(Optional.empty());
        String page = mvc.perform(
                        get("/announcements/" + id).with(user(supplier.person().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("data-reach");
        String anonymous = mvc.perform(get("/announcements/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous).doesNotContain("data-reach");
    }

    private static AnnouncementFacts facts(String title) {
        AnnouncementFacts base = DialogueFixtures.facts(title, Instant.now().plus(30, ChronoUnit.DAYS));
        return new AnnouncementFacts(
                title,
                "Parkene klippes med store maskiner som støyer og skader gresset, og vi vil høre hva markedet kan.",
                List.of(CpvCode.of("16311000")),
                NutsCode.of("NO081"),
                base.interestDeadline(),
                base.meetingsFrom(),
                base.meetingsTo(),
                base.conferenceDate(),
                base.place(),
                base.contactName(),
                base.contactEmail());
    }
}
