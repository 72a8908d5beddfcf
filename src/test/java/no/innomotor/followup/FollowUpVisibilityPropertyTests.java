package no.innomotor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.innomotor.followup.FollowUpFixtures.Company;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Confidentiality of follow-up as a property (a seeded loop, as the dialogue's): over random companies, plans,
 * activities, steps and comments from both sides, no supplier ever sees another company's plan or its comments — not
 * its page, not the company's way to its own plan, not the front page, not the overview (which is the advisers') —
 * while the company itself sees all of its own. Each seed names itself in the failure message.
 */
@InnomotorTest
class FollowUpVisibilityPropertyTests {

    private static final long[] SEEDS = {5, 23, 2026};

    @Autowired
    MockMvc mvc;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    FollowUpManagement followUp;

    /** A company's plan and the secret texts the test wrote into it. */
    record Followed(Company company, PlanId plan, List<String> secrets) {}

    @Test
    void noSupplierEverSeesAnotherCompanysPlanOrComments() throws Exception {
        for (long seed : SEEDS) {
            check(seed);
        }
    }

    private void check(long seed) throws Exception {
        Random random = new Random(seed);
        ProjectFixtures.Person adviser = fixtures.adviser("Egenskap Rådgiver " + seed);
        List<Followed> followed = new ArrayList<>();
        int companies = 2 + random.nextInt(3);
        for (int c = 0; c < companies; c++) {
            Company company = fixtures.company("Egenskap " + seed + "-" + c + " AS");
            PlanId plan = fixtures.plan(adviser, company);
            List<String> secrets = new ArrayList<>();
            int items = 1 + random.nextInt(4);
            for (int i = 0; i < items; i++) {
                String secret = "hemmelig-" + seed + "-" + c + "-" + i;
                secrets.add(secret);
                switch (random.nextInt(4)) {
                    case 0 ->
                        followUp.addActivity(
                                plan,
                                ActivityKind.values()[random.nextInt(ActivityKind.values().length)],
                                LocalDate.now().minusDays(random.nextInt(60)),
                                secret,
                                "",
                                adviser.user());
                    case 1 ->
                        followUp.addStep(
                                plan,
                                secret,
                                LocalDate.now().plusDays(random.nextInt(20) - 10),
                                random.nextBoolean() ? Responsible.SUPPLIER : Responsible.ADVISER,
                                adviser.user());
                    case 2 -> followUp.comment(plan, secret, company.supplier().user());
                    default -> followUp.comment(plan, secret, adviser.user());
                }
            }
            followed.add(new Followed(company, plan, secrets));
        }
        for (Followed reader : followed) {
            var details = reader.company().supplier().details();
            String own =
                    body(mvc.perform(get("/followup/plans/" + reader.plan()).with(user(details)))
                            .andReturn());
            assertThat(own).as("seed %d: the company sees its own plan", seed).contains(reader.secrets());
            String home = body(mvc.perform(get("/").with(user(details))).andReturn());
            MvcResult mine =
                    mvc.perform(get("/followup/mine").with(user(details))).andReturn();
            assertThat(mine.getResponse().getRedirectedUrl())
                    .as("seed %d: the company's way leads to its own plan", seed)
                    .isEqualTo("/followup/plans/" + reader.plan());
            assertThat(mvc.perform(get("/followup").with(user(details)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("seed %d: the overview is the advisers'", seed)
                    .isEqualTo(403);
            for (Followed other : followed) {
                if (other == reader) {
                    continue;
                }
                MvcResult page = mvc.perform(
                                get("/followup/plans/" + other.plan()).with(user(details)))
                        .andReturn();
                assertThat(page.getResponse().getStatus())
                        .as("seed %d: another company's plan is not found", seed)
                        .isEqualTo(404);
                for (String secret : other.secrets()) {
                    assertThat(body(page)).as("seed %d", seed).doesNotContain(secret);
                    assertThat(own).as("seed %d: own plan page", seed).doesNotContain(secret);
                    assertThat(home).as("seed %d: front page", seed).doesNotContain(secret);
                }
                assertThat(home).as("seed %d", seed).doesNotContain(other.plan().toString());
            }
        }
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
