package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityId;
import no.innomotor.suppliers.SavedSearches;
import no.innomotor.suppliers.SearchCriteria;
import no.innomotor.suppliers.SupplierAlerts;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.suppliers.SuppliersManagement;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Alerts reach supplier people in the inbox and by mail; a saved search with mail off reaches the inbox only. */
@InnomotorTest
class SupplierNotificationsTests {

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    SuppliersManagement suppliers;

    @Autowired
    SavedSearches searches;

    @Autowired
    SupplierAlerts alerts;

    @Autowired
    NoticesManagement notices;

    @Autowired
    InboxMessageRepository messages;

    @Autowired
    SentMailRepository sent;

    @Test
    void aProfileAlertIsMailedAndASearchWithoutMailReachesTheInboxOnly() throws Exception {
        Opportunity opportunity = notices.find(imported()).orElseThrow();
        String title = opportunity.title(Locale.forLanguageTag("nb")).text();
        SupplierFixtures.Company mailed = fixtures.company("Postmottak AS");
        suppliers.save(
                mailed.id(),
                SupplierFixtures.facts(List.of(opportunity.mainCpv().value()), List.of(), List.of(), true, false),
                0,
                mailed.supplier().user());
        SupplierFixtures.Company quiet = fixtures.company("Stille AS");
        searches.create(
                new SearchCriteria("Stille søk", List.of(opportunity.mainCpv()), List.of(), List.of(), false),
                quiet.supplier().user());

        alerts.alert(opportunity.id());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !messages.findByRecipientId(mailed.supplier().id().value())
                                .isEmpty()
                        && !messages.findByRecipientId(quiet.supplier().id().value())
                                .isEmpty());
        assertThat(messages.findByRecipientId(mailed.supplier().id().value()))
                .extracting(InboxMessage::kind)
                .containsExactly("supplier-alert");
        assertThat(subjectsMailedTo(mailed.supplier().email())).containsExactly("Ny mulighet: " + title);
        assertThat(messages.findByRecipientId(quiet.supplier().id().value()))
                .extracting(InboxMessage::kind)
                .containsExactly("supplier-alert");
        assertThat(subjectsMailedTo(quiet.supplier().email())).isEmpty();
    }

    private List<String> subjectsMailedTo(String email) {
        return sent.findAll().stream()
                .map(SentMail::toRecord)
                .filter(mail -> mail.recipient().equals(email))
                .map(MailRecord::subject)
                .toList();
    }

    private OpportunityId imported() throws Exception {
        for (var example : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:eforms-sdk/examples/notices/cn_*.xml")) {
            var outcome = notices.importNotice("suppliers-notifications", example.getContentAsByteArray(), null);
            if (outcome.opportunity() != null
                    && notices.find(outcome.opportunity())
                            .filter(o -> o.mainCpv() != null && o.title(Locale.forLanguageTag("nb")) != null)
                            .isPresent()) {
                return outcome.opportunity();
            }
        }
        throw new IllegalStateException("no example notice could be imported");
    }
}
