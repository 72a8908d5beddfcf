package no.innomotor.suppliers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import no.innomotor.notices.NoticeEvents.NoticeUpdated;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.OpportunityId;
import no.innomotor.notifications.InboxManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.suppliers.MarkKind;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.suppliers.SupplierOpportunities;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A supplier's follow, save and express-interest buttons on an opportunity's page (contributed to the notices
 * module's page through the shared extension point), "my opportunities", and the message when a followed
 * opportunity is updated.
 */
@InnomotorTest
class MyOpportunitiesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    ProjectFixtures people;

    @Autowired
    NoticesManagement notices;

    @Autowired
    SupplierOpportunities opportunities;

    @Autowired
    InboxManagement inbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    UUID opportunity;
    String title;

    @BeforeEach
    void importAnOpportunity() throws Exception {
        for (var example : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:eforms-sdk/examples/notices/cn_*.xml")) {
            var outcome = notices.importNotice("suppliers-test", example.getContentAsByteArray(), null);
            if (outcome.opportunity() != null
                    && notices.find(outcome.opportunity()).isPresent()) {
                opportunity = outcome.opportunity().value();
                var found = notices.find(outcome.opportunity()).orElseThrow();
                title = found.title(Locale.forLanguageTag("nb")).text();
                return;
            }
        }
        throw new IllegalStateException("no example notice could be imported");
    }

    @Test
    void aSupplierFollowsSavesAndExpressesInterestFromTheOpportunitysPage() throws Exception {
        SupplierFixtures.Company company = fixtures.company("Følger AS");
        mvc.perform(get("/opportunities/" + opportunity)
                        .with(user(company.supplier().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"/my-opportunities/" + opportunity + "/follow\""),
                                containsString("Meld interesse"),
                                containsString("name=\"_csrf\""))));

        for (String kind : new String[] {"follow", "save", "interest"}) {
            mvc.perform(post("/my-opportunities/" + opportunity + "/" + kind)
                            .with(csrf())
                            .with(user(company.supplier().details()))
                            .param("on", "true"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/opportunities/" + opportunity));
        }
        assertThat(opportunities.marksOn(opportunity, company.supplier().user()))
                .containsExactlyInAnyOrder(MarkKind.FOLLOW, MarkKind.SAVE, MarkKind.INTEREST);
        assertThat(opportunities.interestedCompanies(new OpportunityId(opportunity)))
                .isGreaterThanOrEqualTo(1);
        mvc.perform(get("/opportunities/" + opportunity)
                        .with(user(company.supplier().details())))
                .andExpect(
                        content().string(allOf(containsString("Slutt å følge"), containsString("Trekk interessen"))));
        mvc.perform(get("/my-opportunities").with(user(company.supplier().details())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(opportunity.toString()), containsString("Følger"))));

        mvc.perform(post("/my-opportunities/" + opportunity + "/save")
                        .with(csrf())
                        .with(user(company.supplier().details()))
                        .param("on", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(opportunities.marksOn(opportunity, company.supplier().user()))
                .containsExactlyInAnyOrder(MarkKind.FOLLOW, MarkKind.INTEREST);
    }

    @Test
    void othersSeeNeitherTheButtonsNorAnotherSuppliersMarks() throws Exception {
        SupplierFixtures.Company company = fixtures.company("Merker AS");
        SupplierFixtures.Company competitor = fixtures.company("Kikker AS");
        opportunities.mark(
                new OpportunityId(opportunity),
                MarkKind.SAVE,
                true,
                company.supplier().user());

        mvc.perform(get("/my-opportunities").with(user(competitor.supplier().details())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(opportunity.toString()))));
        mvc.perform(get("/opportunities/" + opportunity))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/my-opportunities/"))));
        ProjectFixtures.Person buyer = people.municipality("Ser på kommune").buyer();
        mvc.perform(get("/opportunities/" + opportunity).with(user(buyer.details())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/my-opportunities/"))));
        mvc.perform(post("/my-opportunities/" + opportunity + "/follow")
                        .with(csrf())
                        .with(user(buyer.details()))
                        .param("on", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my-opportunities/" + UUID.randomUUID() + "/follow")
                        .with(csrf())
                        .with(user(company.supplier().details()))
                        .param("on", "true"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFollowerIsToldWhenTheOpportunityIsUpdated() {
        SupplierFixtures.Company company = fixtures.company("Oppdatert AS");
        opportunities.mark(
                new OpportunityId(opportunity),
                MarkKind.FOLLOW,
                true,
                company.supplier().user());

        transaction.executeWithoutResult(status -> events.publishEvent(
                new NoticeUpdated(null, new OpportunityId(opportunity), "n", "02", "16", "suppliers-test")));

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        inbox.inbox(company.supplier().user(), 0, Locale.forLanguageTag("nb")).getContent().stream()
                                .anyMatch(entry -> entry.title().equals("Endret: " + title)));
    }
}
