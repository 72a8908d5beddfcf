package no.innomotor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import no.innomotor.followup.FollowUpFixtures.Company;
import no.innomotor.notifications.InboxManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The follow-up pages from both sides: the adviser keeping the plan, the company, another company, a buyer, anyone. */
@InnomotorTest
class FollowUpPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    ProjectFixtures people;

    @Autowired
    FollowUpManagement followUp;

    @Autowired
    InboxManagement inbox;

    @Autowired
    no.innomotor.organisations.OrganisationsManagement organisations;

    @Autowired
    java.time.Clock clock;

    ProjectFixtures.Person adviser;
    Company company;

    @BeforeEach
    void world() {
        adviser = fixtures.adviser("Rita Rådgiver");
        company = fixtures.company("Sidelys Sensor AS");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theAdviserStartsAPlanWithGoalsFromTheGrowthAmbitionsAndKeepsIt() throws Exception {
        String form = body(mvc.perform(
                        get("/followup/companies/" + company.id() + "/plan/new").with(user(adviser.details())))
                .andExpect(status().isOk()));
        assertThat(form).contains("Markeder for Sidelys Sensor AS", "Treårsmål for Sidelys Sensor AS");

        String location = mvc.perform(post("/followup/companies/" + company.id() + "/plan")
                        .with(csrf())
                        .with(user(adviser.details()))
                        .param("goalMarkets", "Kommuner i Trøndelag")
                        .param("goalThreeYear", "Fem kommuner som kunder")
                        .param("goalHelp", "Lære markedsdialog"))
                .andExpect(redirectedUrlPattern("/followup/plans/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String plan =
                body(mvc.perform(get(location).with(user(adviser.details()))).andExpect(status().isOk()));
        assertThat(plan)
                .contains("Kommuner i Trøndelag", "action=\"" + location + "/activities\"", location + "/close");

        // A second plan for the same company: the open one is shown instead.
        mvc.perform(get("/followup/companies/" + company.id() + "/plan/new").with(user(adviser.details())))
                .andExpect(redirectedUrl(location));
    }

    @Test
    void goalsTheCompanyKeepsToItselfAreNotPrefilled() throws Exception {
        Company private_ = fixtures.company("Stille Data AS", "NO072", false, false);

        String form = body(mvc.perform(get("/followup/companies/" + private_.id() + "/plan/new")
                        .with(user(adviser.details())))
                .andExpect(status().isOk()));
        assertThat(form).doesNotContain("Treårsmål for Stille Data AS");
    }

    @Test
    void theCompanyReadsAndCommentsButSeesNoFormsAndTheAdviserIsToldInTheInbox() throws Exception {
        PlanId plan = fixtures.plan(adviser, company);
        followUp.addStep(
                plan, "Sende utkast til søknad", LocalDate.now().plusDays(3), Responsible.SUPPLIER, adviser.user());

        String page = body(mvc.perform(get("/followup/plans/" + plan)
                        .with(user(company.supplier().details())))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("Sende utkast til søknad", "/followup/plans/" + plan + "/comments")
                .doesNotContain("/followup/plans/" + plan + "/activities", "/followup/plans/" + plan + "/goals");

        mvc.perform(post("/followup/plans/" + plan + "/comments")
                        .with(csrf())
                        .with(user(company.supplier().details()))
                        .param("commentText", "Kan vi ta et møte i januar?"))
                .andExpect(redirectedUrl("/followup/plans/" + plan + "#comments"));
        String adviserView = body(mvc.perform(get("/followup/plans/" + plan).with(user(adviser.details())))
                .andExpect(status().isOk()));
        assertThat(adviserView).contains("Kan vi ta et møte i januar?", "Selger Sidelys Sensor AS");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(inbox.latest(adviser.id(), Locale.forLanguageTag("nb"), 10))
                        .anySatisfy(line -> assertThat(line.text()).contains("Sidelys Sensor AS")));

        // The company may not keep the plan: its goals and activities are the adviser's.
        mvc.perform(post("/followup/plans/" + plan + "/activities")
                        .with(csrf())
                        .with(user(company.supplier().details()))
                        .param("activityKind", "MEETING")
                        .param("activityDate", "2026-12-01")
                        .param("activityDescription", "Forsøk"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdviserIsPointedToTheListOfSuppliersNewToThePublicSectorWithoutAPlan() throws Exception {
        String home = body(mvc.perform(get("/").with(user(adviser.details()))).andExpect(status().isOk()));

        assertThat(home)
                .contains(
                        "<a class=\"ds-link\" href=\"/followup?newToPublicSector=true&amp;plan=without\">Se listen</a>");
    }

    @Test
    void aNextStepForTheSupplierTellsTheCompanyAndWaitsOnItsFrontPage() throws Exception {
        PlanId plan = fixtures.plan(adviser, company);

        mvc.perform(post("/followup/plans/" + plan + "/steps")
                        .with(csrf())
                        .with(user(adviser.details()))
                        .param("stepText", "Melde seg på kurset")
                        .param("stepDue", NorwegianTime.today(clock).plusDays(4).toString())
                        .param("stepResponsible", "SUPPLIER"))
                .andExpect(redirectedUrl("/followup/plans/" + plan + "#steps"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(inbox.latest(company.supplier().id(), Locale.forLanguageTag("nb"), 10))
                        .anySatisfy(line -> assertThat(line.link()).isEqualTo("/followup/plans/" + plan + "#steps")));
        String home = body(
                mvc.perform(get("/").with(user(company.supplier().details()))).andExpect(status().isOk()));
        assertThat(home).contains("Melde seg på kurset", "/followup/plans/" + plan);
        mvc.perform(get("/followup/mine").with(user(company.supplier().details())))
                .andExpect(redirectedUrl("/followup/plans/" + plan));
    }

    @Test
    void anotherCompanysSupplierABuyerAndTheAnonymousNeverReachThePlan() throws Exception {
        PlanId plan = fixtures.plan(adviser, company);
        followUp.comment(plan, "Hemmelig kommentar fra rådgiveren", adviser.user());
        Company other = fixtures.company("Konkurrent Sensor AS");
        ProjectFixtures.Org buyer = people.municipality("Innsyn kommune");

        mvc.perform(get("/followup/plans/" + plan).with(user(other.supplier().details())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/followup/plans/" + plan + "/comments")
                        .with(csrf())
                        .with(user(other.supplier().details()))
                        .param("commentText", "Snoking"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/followup/plans/" + plan).with(user(buyer.buyer().details())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/followup").with(user(other.supplier().details()))).andExpect(status().isForbidden());
        mvc.perform(get("/followup/plans/" + plan).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        String mine = body(
                mvc.perform(get("/followup/mine").with(user(other.supplier().details())))
                        .andExpect(status().isOk()));
        assertThat(mine).doesNotContain("Hemmelig kommentar");
    }

    @Test
    void anAdviserWhoBelongsToTheCompanyMayNotKeepItsPlan() throws Exception {
        ProjectFixtures.Person adviserToo = fixtures.adviser("Inger Innsider");
        organisations.grantRole(adviserToo.id(), company.id(), Role.SUPPLIER, null);
        ProjectFixtures.Person insider = people.reload(adviserToo.email());

        String refused = body(mvc.perform(
                        get("/followup/companies/" + company.id() + "/plan/new").with(user(insider.details())))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("Du er selv knyttet til dette selskapet");
        mvc.perform(post("/followup/companies/" + company.id() + "/plan")
                        .with(csrf())
                        .with(user(insider.details()))
                        .param("goalMarkets", "Egen plan"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void brokenRulesAreShownNextToTheirFieldsWithWhatWasTyped() throws Exception {
        PlanId plan = fixtures.plan(adviser, company);

        String page = body(mvc.perform(post("/followup/plans/" + plan + "/activities")
                        .with(csrf())
                        .with(user(adviser.details()))
                        .param("activityKind", "MEETING")
                        .param("activityDate", "31.02.2026")
                        .param("activityDescription", "Møte om pilot"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("id=\"activityDate-error\"", "Møte om pilot", "error-summary")
                .contains("Skriv datoen som dd.mm.åååå.");

        String english = body(mvc.perform(post("/followup/plans/" + plan + "/steps")
                        .with(csrf())
                        .with(user(adviser.details()))
                        .param("lang", "en")
                        .param("stepText", "")
                        .param("stepDue", "2026-12-24"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(english).contains("Write a text.", "Choose who is responsible.", "2026-12-24");
    }

    @Test
    void goalsSavedFromAnOlderVersionAre409WithTheTypedTextKept() throws Exception {
        PlanId plan = fixtures.plan(adviser, company);
        ProjectFixtures.Person colleague = fixtures.adviser("Kolle Ga");
        followUp.changeGoals(plan, new Goals("Kollegaens marked", "", ""), 0, colleague.user());

        String page = body(mvc.perform(post("/followup/plans/" + plan + "/goals")
                        .with(csrf())
                        .with(user(adviser.details()))
                        .param("version", "0")
                        .param("goalMarkets", "Mitt nye marked")
                        .param("goalThreeYear", "Mitt mål")
                        .param("goalHelp", ""))
                .andExpect(status().isConflict()));
        assertThat(page).contains("Mitt nye marked", "Noen andre har endret planen");

        // Saved again from the version the conflict showed: it goes through.
        mvc.perform(post("/followup/plans/" + plan + "/goals")
                        .with(csrf())
                        .with(user(adviser.details()))
                        .param("version", "1")
                        .param("goalMarkets", "Mitt nye marked"))
                .andExpect(redirectedUrl("/followup/plans/" + plan + "#goals"));
    }

    @Test
    void theCompanyMarksItsOwnStepDoneButNotTheAdvisers() throws Exception {
        PlanId plan = fixtures.plan(adviser, company);
        StepId own =
                followUp.addStep(plan, "Leverandørens steg", LocalDate.now(), Responsible.SUPPLIER, adviser.user());
        StepId advisers =
                followUp.addStep(plan, "Rådgiverens steg", LocalDate.now(), Responsible.ADVISER, adviser.user());

        mvc.perform(post("/followup/plans/" + plan + "/steps/" + own + "/done")
                        .with(csrf())
                        .with(user(company.supplier().details())))
                .andExpect(redirectedUrl("/followup/plans/" + plan + "#steps"));
        mvc.perform(post("/followup/plans/" + plan + "/steps/" + advisers + "/done")
                        .with(csrf())
                        .with(user(company.supplier().details())))
                .andExpect(status().isUnprocessableContent());
    }
}
