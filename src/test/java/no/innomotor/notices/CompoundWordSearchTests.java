package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.contractNotice;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The opportunity list's free text finds the parts of Norwegian compound words, below whole words. */
@InnomotorTest
class CompoundWordSearchTests {

    @Autowired
    NoticesManagement notices;

    private OpportunityId store(String title, LocalDate issued) {
        return notices.importNotice(
                        "test.xml",
                        utf8(contractNotice(title, issued, LocalDate.of(2099, 1, 1), "90620000", "NO081")),
                        null)
                .opportunity();
    }

    private List<OpportunityId> search(String text) {
        return notices.search(new OpportunityFilter(null, null, null, null, false, text), 0, 20).getContent().stream()
                .map(Opportunity::id)
                .toList();
    }

    @Test
    void aPartOfACompoundWordFindsTheOpportunityAndAWholeWordRanksAboveEvenWhenOlder() {
        String word = NoticeFixtures.uniqueWord();
        OpportunityId compound =
                store("Smart vintervedlikehold av gang- og sykkelveier " + word, LocalDate.of(2025, 3, 1));
        OpportunityId whole = store("Sykkel til alle ansatte " + word, LocalDate.of(2025, 1, 1));
        OpportunityId unrelated = store("Parkering ved rådhuset " + word, LocalDate.of(2025, 2, 1));

        assertThat(search("vinter " + word)).containsExactly(compound);
        assertThat(search("brøyting " + word)).isEmpty();
        assertThat(search("sykkel " + word)).containsExactly(whole, compound).doesNotContain(unrelated);
        assertThat(search("syk " + word)).isEmpty();
        assertThat(search(word)).containsExactlyInAnyOrder(compound, whole, unrelated);
    }
}
