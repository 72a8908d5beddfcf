package no.innomotor.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Projects' records for readers without a person behind the question: keyset pages in id order. */
@InnomotorTest
class ProjectRecordsTests {

    @Autowired
    ProjectRecords records;

    @Autowired
    ProjectFixtures fixtures;

    @Test
    void keysetPagesReturnEveryProjectExactlyOnce() {
        ProjectFixtures.Org org = fixtures.municipality("Nøkkelby kommune");
        List<ProjectId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(fixtures.project(org, "Side " + i + " i Nøkkelby"));
        }

        List<ProjectId> walked = new ArrayList<>();
        ProjectId after = null;
        while (true) {
            List<ProjectRecord> page = records.page(after, 2);
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(record -> walked.add(record.id()));
            after = page.get(page.size() - 1).id();
        }

        assertThat(new HashSet<>(walked)).hasSize(walked.size());
        assertThat(walked).containsAll(created);
        assertThat((long) walked.size()).isEqualTo(records.count());
    }

    @Test
    void aPageIsCappedAndARecordCarriesTheProjectsFactsButNoTeam() {
        ProjectFixtures.Org org = fixtures.municipality("Takby kommune");
        ProjectId id = fixtures.project(org, "Tak på sidestørrelsen");
        fixtures.signedMandate(org, id);

        assertThat(records.page(null, 100_000)).hasSizeLessThanOrEqualTo(ProjectRecords.MAX_PAGE_SIZE);
        ProjectRecord record = records.find(id).orElseThrow();
        assertThat(record.title()).isEqualTo("Tak på sidestørrelsen");
        assertThat(record.organisation()).isEqualTo(org.id());
        assertThat(record.mandate()).isEqualTo(MandateState.SIGNED);
        assertThat(record.completedSteps()).isEmpty();
    }
}
