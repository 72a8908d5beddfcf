package no.innomotor.notices.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.notices.MarketConsultationExporter;
import no.innomotor.notices.MarketConsultationNotice;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The export as the running application offers it to other modules: its own clock, bundles and reference data. */
@InnomotorTest
class MarketConsultationApplicationTests {

    @Autowired
    MarketConsultationExporter exporter;

    @Autowired
    MarketConsultationCheck check;

    @Autowired
    Clock clock;

    @Test
    void theApplicationExportsBothNoticesFromDataDatedFromToday() {
        LocalDate today = LocalDate.now(clock.withZone(NorwegianTime.ZONE));
        for (MarketConsultationNoticeType type : MarketConsultationNoticeType.values()) {
            assertThat(check.check(MarketConsultationFixtures.complete(today), type))
                    .isEmpty();

            MarketConsultationNotice notice = exporter.export(MarketConsultationFixtures.complete(today), type);

            assertThat(notice.xmlText())
                    .contains("<cbc:SubTypeCode listName=\"notice-subtype\">" + type.subtype())
                    .contains("<cbc:IssueDate>" + today)
                    .contains("Markedsdialogen foregår fra", "The market dialogue takes place from");
        }
    }
}
