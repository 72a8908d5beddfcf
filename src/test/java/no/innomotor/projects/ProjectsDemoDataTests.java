package no.innomotor.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class ProjectsDemoDataTests {

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectQueries queries;

    @Autowired
    ConsultationNoticeManagement notices;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    no.innomotor.notifications.InboxManagement inbox;

    private CurrentUser person(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }

    /**
     * Every project the person may see, page by page: other tests add projects to the same database (all of them on
     * PostgreSQL), so the demo projects need not be among the newest hundred.
     */
    private List<ProjectSummary> everything(CurrentUser user) {
        List<ProjectSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ProjectPage found = queries.search(ProjectFilter.none(), page, ProjectQueries.MAX_PAGE_SIZE, user);
            all.addAll(found.items());
            if (!found.hasNext()) {
                return all;
            }
        }
    }

    @Test
    void runeHasABaerumMandateWaitingForHisSignature() throws Exception {
        UserDetails rune = users.loadUserByUsername("rune.radmann@baerum.kommune.no");
        LeaderOverview overview = queries.leaderOverview((CurrentUser) rune);
        assertThat(overview.awaiting())
                .extracting(LeaderOverview.AwaitingSignature::title)
                .contains("Fossilfri byggeplass for nye Bekkestua skole");
        assertThat(overview.awaiting())
                .allSatisfy(waiting -> assertThat(waiting.organisationName()).isEqualTo("Bærum kommune"));
        mvc.perform(get("/leader").with(user(rune)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les og signer: Fossilfri byggeplass")));
    }

    @Test
    void theDemoProjectsSpanOrganisationsStepsAndStatuses() {
        CurrentUser admin = person("admin@innomotor.no");
        List<ProjectSummary> all = everything(admin).stream()
                .filter(project -> Set.of(
                                "Bærum kommune", "Trondheim kommune", "Vestland fylkeskommune", "Statens vegvesen")
                        .contains(project.organisationName()))
                .toList();
        assertThat(all).hasSizeBetween(5, 7);
        assertThat(all.stream().map(ProjectSummary::organisationName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "Bærum kommune", "Trondheim kommune", "Vestland fylkeskommune", "Statens vegvesen");
        assertThat(all.stream().map(ProjectSummary::status).collect(Collectors.toSet()))
                .contains(ProjectStatus.ACTIVE, ProjectStatus.PAUSED, ProjectStatus.STOPPED);
        assertThat(all.stream().map(ProjectSummary::currentStep).collect(Collectors.toSet()))
                .hasSizeGreaterThan(2);
        assertThat(all.stream().map(ProjectSummary::mandate).collect(Collectors.toSet()))
                .contains(MandateState.SIGNED, MandateState.AWAITING_SIGNATURE);
    }

    @Test
    void kariWorksOnBaerumsProjectsAndOlaSeesOnlyTrondheims() {
        CurrentUser kari = person("kari.innkjoper@baerum.kommune.no");
        CurrentUser ola = person("ola.innkjoper@trondheim.kommune.no");
        List<ProjectSummary> karis = everything(kari);
        assertThat(karis)
                .isNotEmpty()
                .allMatch(project -> project.organisationName().equals("Bærum kommune"));
        ProjectSummary sensors = karis.stream()
                .filter(project -> project.title().equals("Trygghetssensorer for eldre som bor hjemme"))
                .findFirst()
                .orElseThrow();
        assertThat(sensors.currentStep()).isEqualTo(RoadmapStep.MARKET_DIALOGUE);
        StepDetails dialogue = queries.step(sensors.id(), RoadmapStep.of(3), kari);
        assertThat(dialogue.items()).anyMatch(ChecklistItemView::done);
        assertThat(dialogue.notes()).contains("Dialogkonferanse");
        assertThat(queries.timeline(sensors.id(), kari)).hasSizeGreaterThan(10);
        assertThat(everything(ola))
                .allMatch(project -> project.organisationName().equals("Trondheim kommune"));
    }

    @Test
    void theSensorProjectHasACompleteNoticeReadyToDownload() throws Exception {
        UserDetails kari = users.loadUserByUsername("kari.innkjoper@baerum.kommune.no");
        ProjectSummary sensors = everything((CurrentUser) kari).stream()
                .filter(project -> project.title().equals("Trygghetssensorer for eldre som bor hjemme"))
                .findFirst()
                .orElseThrow();
        ConsultationNoticeView notice = notices.view(sensors.id(), (CurrentUser) kari);
        assertThat(notice.saved()).isTrue();
        assertThat(notice.checklist()).isEmpty();
        assertThat(notice.exportAvailable()).isTrue();
        mvc.perform(post("/projects/" + sensors.id() + "/notice/export")
                        .with(csrf())
                        .with(user(kari)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Markedsdialog om trygghetssensorer")));
    }

    @Test
    void theDemoLeaderBuyerAndAdministratorFindWorkWaitingOnTheirFrontPage() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("rune.radmann@baerum.kommune.no"))))
                .andExpect(content().string(containsString("Fossilfri byggeplass for nye Bekkestua skole")));
        mvc.perform(get("/").with(user(users.loadUserByUsername("kari.innkjoper@baerum.kommune.no"))))
                .andExpect(content().string(containsString("Forfalt")));
        mvc.perform(get("/").with(user(users.loadUserByUsername("admin@innomotor.no"))))
                .andExpect(content().string(containsString("Fjordvik kommune")))
                .andExpect(content().string(containsString("Toppleder venter på godkjenningen din")))
                .andExpect(content().string(containsString("Hilde Kommunedirektør")));
        // The demo's own service calls told people: the leader and the buyers have messages waiting.
        for (String email : List.of(
                "rune.radmann@baerum.kommune.no",
                "kari.innkjoper@baerum.kommune.no",
                "ola.innkjoper@trondheim.kommune.no",
                "admin@innomotor.no")) {
            CurrentUser person = person(email);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> inbox.unread(person.personId()) > 0);
        }
    }
}
