package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static no.innomotor.notices.NoticeFixtures.withFreshId;
import static no.innomotor.notices.NoticeFixtures.withVersion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;

/**
 * The list, the feed, the API and matching read each hit from the read model the index stores, not from the
 * database: what they show must be exactly what the database holds, for every kind of notice and after every change.
 */
@InnomotorTest
class StoredReadModelTests {

    @Autowired
    NoticesManagement notices;

    private List<Opportunity> everyHit() {
        List<Opportunity> hits = new ArrayList<>();
        Page<Opportunity> page;
        int number = 0;
        do {
            page = notices.search(OpportunityFilter.none(), number++, 100);
            hits.addAll(page.getContent());
        } while (page.hasNext());
        return hits;
    }

    private Opportunity hit(OpportunityId id) {
        return everyHit().stream()
                .filter(hit -> hit.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyHitIsWhatTheDatabaseHoldsForEveryExampleNoticeOfTheSdk() {
        for (Resource example : NoticeFixtures.sdkExamples()) {
            notices.importNotice(
                    example.getFilename(),
                    utf8(withFreshId(
                            new String(NoticeFixtures.bytes(example), java.nio.charset.StandardCharsets.UTF_8))),
                    null);
        }

        List<Opportunity> hits = everyHit();

        assertThat(hits).hasSizeGreaterThanOrEqualTo(80);
        for (Opportunity hit : hits) {
            assertThat(hit).as(hit.noticeId()).isEqualTo(notices.find(hit.id()).orElseThrow());
        }
    }

    @Test
    void aNewerVersionAndAChangeNoticeReachTheHit() {
        String xml = withFreshId(sdkExample("cn_24_minimal.xml"));
        OpportunityId id = notices.importNotice("a.xml", utf8(xml), null).opportunity();
        String newer = withVersion(xml, "02")
                .replace("Search Layer, and Others)</cbc:Name>", "Search Layer, and Others) – corrected</cbc:Name>");
        notices.importNotice("b.xml", utf8(newer), null);

        assertThat(hit(id).titles().get("ENG")).endsWith("– corrected");
        assertThat(hit(id).noticeVersion()).isEqualTo("02");
        assertThat(hit(id)).isEqualTo(notices.find(id).orElseThrow());

        String change = withFreshId(sdkExample("change-cn_24_void.xml"))
                .replace("f42be27e-09cf-4f0e-a745-63ec689631e6-01", NoticeFixtures.noticeId(xml) + "-01");
        notices.importNotice("change.xml", utf8(change), null);

        assertThat(hit(id).cancelled()).isTrue();
        assertThat(hit(id).changedByNoticeId()).isEqualTo(NoticeFixtures.noticeId(change));
        assertThat(hit(id)).isEqualTo(notices.find(id).orElseThrow());
    }
}
