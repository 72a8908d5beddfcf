package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static no.innomotor.notices.NoticeFixtures.withFreshId;
import static no.innomotor.notices.NoticeFixtures.withVersion;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.innomotor.audit.AuditManagement;
import no.innomotor.notices.NoticeEvents.NoticeImported;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * A folder imported in batches of notices per transaction gives the outcomes of importing its files one after
 * another: duplicates, newer versions and change notices inside one batch, rejected files between good ones, batches
 * one after another, and a batch that meets a concurrent import and is stored again one notice at a time.
 */
@InnomotorTest
class NoticeBatchImportTests {

    @Autowired
    NoticesManagement notices;

    @Autowired
    AuditManagement audit;

    @Autowired
    ConfigurableApplicationContext context;

    @TempDir
    Path folder;

    private List<ImportOutcome> importFolder(String... namesAndContents) throws IOException {
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Files.writeString(folder.resolve(namesAndContents[i]), namesAndContents[i + 1]);
        }
        List<ImportOutcome> reported = new ArrayList<>();
        ImportSummary summary = notices.importPaths(List.of(folder), null, reported::add);
        assertThat(reported).isEqualTo(summary.outcomes());
        return summary.outcomes();
    }

    /**
     * The notices module's own records on the opportunity's timeline. The suppliers module adds its alerts there
     * after the import commits, at a moment of its own, so those are left out.
     */
    private List<String> auditActions(ImportOutcome outcome) {
        return audit.timeline("opportunity", outcome.opportunity().toString()).stream()
                .map(entry -> entry.action())
                .filter(action -> !action.equals("opportunity.suppliers-alerted"))
                .toList();
    }

    @Test
    void theSameNoticeTwiceInOneBatchIsImportedOnceAndThenSkipped() throws IOException {
        String xml = withFreshId(sdkExample("cn_24_minimal.xml"));

        List<ImportOutcome> outcomes = importFolder("1-a.xml", xml, "2-b.xml", xml);

        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.SKIPPED);
        assertThat(outcomes.get(1).reason()).isEqualTo(ImportOutcome.Reason.ALREADY_IMPORTED);
        assertThat(outcomes.get(1).opportunity()).isEqualTo(outcomes.get(0).opportunity());
        assertThat(auditActions(outcomes.get(0))).containsExactly("opportunity.imported");
    }

    @Test
    void aNewerVersionInTheSameBatchUpdatesAndTheOlderOneAfterItIsSkipped() throws IOException {
        String xml = withFreshId(sdkExample("cn_24_minimal.xml"));
        String newer = withVersion(xml, "02")
                .replace("Search Layer, and Others)</cbc:Name>", "Search Layer, and Others) – corrected</cbc:Name>");

        List<ImportOutcome> outcomes = importFolder("1-v1.xml", xml, "2-v2.xml", newer, "3-v1-again.xml", xml);

        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(
                        ImportOutcome.Status.IMPORTED, ImportOutcome.Status.UPDATED, ImportOutcome.Status.SKIPPED);
        assertThat(outcomes.get(2).reason()).isEqualTo(ImportOutcome.Reason.NEWER_STORED);
        assertThat(outcomes)
                .extracting(ImportOutcome::opportunity)
                .containsOnly(outcomes.get(0).opportunity());
        Opportunity stored = notices.find(outcomes.get(0).opportunity()).orElseThrow();
        assertThat(stored.noticeVersion()).isEqualTo("02");
        assertThat(stored.titles().get("ENG")).endsWith("– corrected");
        assertThat(auditActions(outcomes.get(0))).containsExactly("opportunity.imported", "opportunity.updated");
    }

    @Test
    void aChangeNoticeAndItsOriginalInOneBatchUpdateOneOpportunity() throws IOException {
        String original = withFreshId(sdkExample("cn_24_minimal.xml"));
        String originalId = NoticeFixtures.noticeId(original);
        String change = withFreshId(sdkExample("change-cn_24_void.xml"))
                .replace("f42be27e-09cf-4f0e-a745-63ec689631e6-01", originalId + "-01");

        List<ImportOutcome> outcomes =
                importFolder("1-cn.xml", original, "2-change.xml", change, "3-cn-again.xml", original);

        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(
                        ImportOutcome.Status.IMPORTED, ImportOutcome.Status.UPDATED, ImportOutcome.Status.SKIPPED);
        assertThat(outcomes.get(2).reason()).isEqualTo(ImportOutcome.Reason.NEWER_STORED);
        assertThat(outcomes)
                .extracting(ImportOutcome::opportunity)
                .containsOnly(outcomes.get(0).opportunity());
        Opportunity stored = notices.find(outcomes.get(0).opportunity()).orElseThrow();
        assertThat(stored.noticeId()).isEqualTo(originalId);
        assertThat(stored.changedByNoticeId()).isEqualTo(NoticeFixtures.noticeId(change));
        assertThat(stored.cancelled()).isTrue();
    }

    @Test
    void aChangeNoticeBeforeItsOriginalInOneBatchKeepsTheOriginalOut() throws IOException {
        String original = withFreshId(sdkExample("cn_24_open.xml"));
        String change = withFreshId(sdkExample("change-cn_24_open_dates.xml"))
                .replace("c4c415ee-ac08-4465-8fa6-57568cf69462-01", NoticeFixtures.noticeId(original) + "-01");

        List<ImportOutcome> outcomes = importFolder("1-change.xml", change, "2-cn.xml", original);

        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.SKIPPED);
        assertThat(outcomes.get(1).reason()).isEqualTo(ImportOutcome.Reason.NEWER_STORED);
        assertThat(outcomes.get(1).opportunity()).isEqualTo(outcomes.get(0).opportunity());
    }

    @Test
    void aRejectedFileBetweenGoodOnesIsReportedInItsPlaceAndTheOthersAreStored() throws IOException {
        String invalid = withFreshId(sdkExample("cn_24_minimal.xml"))
                .replace("<cbc:ContractFolderID>", "<cbc:Colour>blue</cbc:Colour><cbc:ContractFolderID>");

        List<ImportOutcome> outcomes = importFolder(
                "1-good.xml",
                withFreshId(sdkExample("cn_24_minimal.xml")),
                "2-invalid.xml",
                invalid,
                "3-business-registration.xml",
                withFreshId(sdkExample("X02_registration.xml")),
                "4-good.xml",
                withFreshId(sdkExample("pin-only_24.xml")));

        assertThat(outcomes)
                .extracting(o -> Path.of(o.source()).getFileName().toString())
                .containsExactly("1-good.xml", "2-invalid.xml", "3-business-registration.xml", "4-good.xml");
        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(
                        ImportOutcome.Status.IMPORTED,
                        ImportOutcome.Status.REJECTED,
                        ImportOutcome.Status.SKIPPED,
                        ImportOutcome.Status.IMPORTED);
        assertThat(outcomes.get(1).reason()).isEqualTo(ImportOutcome.Reason.INVALID);
        assertThat(outcomes.get(1).element()).endsWith("cbc:Colour");
        assertThat(outcomes.get(2).reason()).isEqualTo(ImportOutcome.Reason.NOT_PROCUREMENT);
        assertThat(notices.find(outcomes.get(3).opportunity())).isPresent();
    }

    @Test
    void noticesAcrossSeveralBatchesKeepTheirOrderAndMeetTheNoticesOfEarlierBatches() throws IOException {
        int files = 2 * NoticeImportPipeline.BATCH_SIZE + 10;
        List<String> xml = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            // Every tenth file repeats the notice of the file a batch and a half before it.
            xml.add(
                    i % 10 == 9 && i >= 150
                            ? xml.get(i - 150)
                            : withFreshId(sdkExample(i % 2 == 0 ? "cn_24_minimal.xml" : "pin-only_24.xml")));
            Files.writeString(folder.resolve(String.format("%04d.xml", i)), xml.get(i));
        }
        long before = notices.count();
        List<ImportOutcome> reported = new ArrayList<>();

        ImportSummary summary = notices.importPaths(List.of(folder), null, reported::add);

        assertThat(reported).isEqualTo(summary.outcomes());
        for (int i = 0; i < files; i++) {
            ImportOutcome outcome = summary.outcomes().get(i);
            assertThat(Path.of(outcome.source()).getFileName()).hasToString(String.format("%04d.xml", i));
            if (i % 10 == 9 && i >= 150) {
                assertThat(outcome.reason()).as(outcome.describe()).isEqualTo(ImportOutcome.Reason.ALREADY_IMPORTED);
                assertThat(outcome.opportunity())
                        .isEqualTo(summary.outcomes().get(i - 150).opportunity());
            } else {
                assertThat(outcome.status()).as(outcome.describe()).isEqualTo(ImportOutcome.Status.IMPORTED);
            }
        }
        assertThat(notices.count()).isEqualTo(before + summary.imported());
        assertThat(summary.skipped()).isEqualTo(6);
    }

    @Test
    void aBatchThatMeetsAConcurrentImportIsStoredOneNoticeAtATime() throws IOException {
        String first = withFreshId(sdkExample("cn_24_minimal.xml"));
        String second = withFreshId(sdkExample("pin-only_24.xml"));
        String third = withFreshId(sdkExample("cn_24_open.xml"));
        AtomicReference<ImportOutcome> concurrent = new AtomicReference<>();
        // While the batch is being stored (at the first notice's event, before the batch writes anything), another
        // import stores the second notice and commits, so the batch's insert of it breaks the unique notice id.
        ApplicationListener<ApplicationEvent> otherImport = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof NoticeImported imported
                    && imported.source().endsWith("1-first.xml")
                    && concurrent.get() == null) {
                concurrent.set(notices.importNotice("concurrent.xml", utf8(second), null));
            }
        };
        ApplicationEventMulticaster multicaster = context.getBean(
                AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(otherImport);
        List<ImportOutcome> outcomes;
        try {
            outcomes = importFolder("1-first.xml", first, "2-second.xml", second, "3-third.xml", third);
        } finally {
            multicaster.removeApplicationListener(otherImport);
        }

        assertThat(concurrent.get().status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(
                        ImportOutcome.Status.IMPORTED, ImportOutcome.Status.SKIPPED, ImportOutcome.Status.IMPORTED);
        assertThat(outcomes.get(1).reason()).isEqualTo(ImportOutcome.Reason.ALREADY_IMPORTED);
        assertThat(outcomes.get(1).opportunity()).isEqualTo(concurrent.get().opportunity());
        assertThat(notices.find(outcomes.get(0).opportunity())).isPresent();
        assertThat(notices.find(outcomes.get(2).opportunity())).isPresent();
        // The failed batch's records went with its rollback: one record per stored notice.
        assertThat(auditActions(outcomes.get(0))).containsExactly("opportunity.imported");
        assertThat(auditActions(concurrent.get())).containsExactly("opportunity.imported");
    }
}
