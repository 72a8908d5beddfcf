package no.innomotor.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.innomotor.shared.OrgNumber;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The winning tenderers of result notices: read from the eForms SDK's own example contract award notice, and matched
 * by organisation number once the winner is a Norwegian company.
 */
@InnomotorTest
class AwardWinnersTests {

    @Autowired
    NoticesManagement notices;

    @Autowired
    NoticeOpportunityRepository opportunities;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theWinningTendererOfTheSdksResultNoticeIsKeptWithTheOpportunity() {
        String xml = NoticeFixtures.withFreshId(NoticeFixtures.sdkExample("can_24_minimal.xml"));

        ImportOutcome outcome = notices.importNotice("can_24_minimal.xml", NoticeFixtures.utf8(xml), null);

        assertThat(outcome.opportunity()).isNotNull();
        List<AwardWinner> winners = new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(status -> opportunities
                        .findById(outcome.opportunity().value())
                        .orElseThrow()
                        .winners());
        // Only the tenderer of the winning tender: not the buyer, the review body or the other organisations.
        assertThat(winners).containsExactly(new AwardWinner("Espaces Verts Lemire", "326 912 557", null));
    }

    @Test
    void aNorwegianWinnerIsFoundByItsOrganisationNumber() {
        String orgNumber = TestData.orgNumber();
        String xml = NoticeFixtures.withFreshId(NoticeFixtures.sdkExample("can_24_minimal.xml"))
                .replace(
                        "<cbc:CompanyID>326 912 557</cbc:CompanyID>",
                        "<cbc:CompanyID>NO " + orgNumber + " MVA</cbc:CompanyID>");
        int winner = xml.indexOf("Espaces Verts Lemire");
        xml = xml.substring(0, winner)
                + xml.substring(winner).replaceFirst("listName=\"country\">FRA<", "listName=\"country\">NOR<");

        ImportOutcome outcome = notices.importNotice("can_24_minimal_nor.xml", NoticeFixtures.utf8(xml), null);

        Map<OrgNumber, List<ContractWon>> won =
                notices.awardsByOrgNumber(List.of(new OrgNumber(orgNumber), new OrgNumber(TestData.orgNumber())));
        assertThat(won).containsOnlyKeys(new OrgNumber(orgNumber));
        assertThat(won.get(new OrgNumber(orgNumber)))
                .singleElement()
                .satisfies(contract -> assertThat(contract.opportunity()).isEqualTo(outcome.opportunity()));
    }

    @Test
    void aNoticeWithoutResultsHasNoWinners() {
        assertThat(NoticeExtractor.winners(null)).isEmpty();
    }
}
