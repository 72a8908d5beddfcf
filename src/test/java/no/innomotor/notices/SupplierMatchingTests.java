package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.contractNotice;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link NoticesManagement#matching}: the opportunities a supplier's module asks for, by the same rules. */
@InnomotorTest
class SupplierMatchingTests {

    @Autowired
    NoticesManagement notices;

    private OpportunityId store(String xml) {
        return notices.importNotice("test.xml", utf8(xml), null).opportunity();
    }

    @Test
    void findsWhatMatchesCpvRegionAndKeywordsAndEachResultPassesTheMatchingFunction() {
        String word = NoticeFixtures.uniqueWord();
        OpportunityId drones = store(contractNotice(
                "Droner " + word, LocalDate.of(2025, 1, 1), LocalDate.of(2099, 1, 1), "35613000", "NO081"));
        OpportunityId software = store(contractNotice(
                "Programvare " + word, LocalDate.of(2025, 1, 2), LocalDate.of(2099, 1, 1), "72230000", "NO081"));
        OpportunityId elsewhere = store(contractNotice(
                "Droner " + word, LocalDate.of(2025, 1, 3), LocalDate.of(2099, 1, 1), "35613000", "NO060"));

        SupplierInterest interest =
                new SupplierInterest(Set.of(CpvCode.of("35000000")), Set.of(NutsCode.of("NO08")), Set.of(word));
        List<Opportunity> found = notices.matching(interest, 0).getContent();

        assertThat(found).extracting(Opportunity::id).contains(drones).doesNotContain(software, elsewhere);
        assertThat(found).allMatch(o -> OpportunityMatching.matches(o, interest));
        assertThat(notices.matching(new SupplierInterest(Set.of(), Set.of(), Set.of(word)), 0, 10)
                        .getContent())
                .extracting(Opportunity::id)
                .containsExactly(elsewhere, software, drones);
    }
}
