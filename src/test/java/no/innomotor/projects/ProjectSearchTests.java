package no.innomotor.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project list's free text finds the parts of Norwegian compound words, below whole words. */
@InnomotorTest
class ProjectSearchTests {

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    ProjectQueries queries;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    ProjectsManagement projects;

    ProjectFixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.municipality("Søkeby kommune");
    }

    private List<ProjectId> search(String text) {
        return queries
                .search(
                        new ProjectFilter(org.id(), null, null, null, text),
                        0,
                        20,
                        org.buyer().user())
                .items()
                .stream()
                .map(ProjectSummary::id)
                .toList();
    }

    @Test
    void aPartOfACompoundWordFindsTheProjectAndAWholeWordRanksAbove() {
        ProjectId compound = fixtures.project(org, "Smart vintervedlikehold av gang- og sykkelveier");
        ProjectId whole = fixtures.project(org, "Sykkel til alle ansatte");
        ProjectId unrelated = fixtures.project(org, "Parkering ved rådhuset");

        assertThat(search("vinter")).containsExactly(compound);
        assertThat(search("vedlikehold")).containsExactly(compound);
        assertThat(search("sykkel")).containsExactly(whole, compound).doesNotContain(unrelated);
        assertThat(search("Vinter sykkel")).containsExactly(compound);
    }

    @Test
    void wordsShorterThanFourLettersFindNoParts() {
        ProjectId compound = fixtures.project(org, "Smart vintervedlikehold av gang- og sykkelveier");

        assertThat(search("sykk")).containsExactly(compound);
        assertThat(search("syk")).isEmpty();
        assertThat(search("vin")).isEmpty();
    }

    private ProjectSummary listed(ProjectId id) {
        return queries
                .search(
                        new ProjectFilter(org.id(), null, null, null, null),
                        0,
                        100,
                        org.buyer().user())
                .items()
                .stream()
                .filter(summary -> summary.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The list reads each project from the listing the index stores: every change of the mandate must reach it. */
    @Test
    void theListShowsTheNewestMandateStateAfterEveryChange() {
        ProjectId id = fixtures.project(org, "Digitalt tilsyn med heiser");
        assertThat(listed(id).mandate()).isEqualTo(MandateState.NONE);

        int version = projects.draftMandate(
                id, ProjectFixtures.terms("Færre stopp"), org.buyer().user());
        assertThat(listed(id).mandate()).isEqualTo(MandateState.DRAFT);

        projects.markMandateReady(id, version, org.buyer().user());
        assertThat(listed(id).mandate()).isEqualTo(MandateState.AWAITING_SIGNATURE);

        projects.signMandate(id, version, org.id(), org.leader().user());
        assertThat(listed(id).mandate()).isEqualTo(MandateState.SIGNED);

        int revised = projects.draftMandate(
                id,
                ProjectFixtures.terms("Færre stopp og kortere ventetid"),
                org.buyer().user());
        assertThat(revised).isEqualTo(version + 1);
        assertThat(listed(id).mandate()).isEqualTo(MandateState.DRAFT);
        assertThat(listed(id))
                .isEqualTo(queries.search(
                                new ProjectFilter(org.id(), null, null, null, "heiser"),
                                0,
                                20,
                                org.buyer().user())
                        .items()
                        .get(0));
    }
}
