package no.innomotor.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The roll-ups sum the plans in one query each: the country, the county of the project and the owning organisation
 * gain a project's planned and realised kroner; the organisation's own figures are shown to its people, not to others.
 */
@InnomotorTest
class BenefitRollupsTests {

    @Autowired
    BenefitRollups rollups;

    @Autowired
    BenefitsManagement benefits;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    MockMvc mvc;

    @Test
    void aMeasuredPlanCountsNationallyInItsCountyAndForItsOrganisation() throws Exception {
        Rollup before = rollups.national();
        ProjectFixtures.Org org = projects.municipality("Summeby kommune");
        ProjectId project = projects.project(org, "Summert prosjekt");
        BenefitId id = benefits.add(
                project,
                BenefitFixtures.efficiency("Summert gevinst", org.buyer().id()),
                org.buyer().user());
        benefits.record(
                project,
                id,
                new BigDecimal("700000"),
                LocalDate.of(2026, 7, 2),
                "",
                org.buyer().user());

        Rollup after = rollups.national();
        assertThat(after.projects()).isGreaterThanOrEqualTo(before.projects() + 1);
        assertThat(after.plannedNok()).isGreaterThanOrEqualTo(before.plannedNok() + 600_000);
        assertThat(after.realisedNok()).isGreaterThanOrEqualTo(before.realisedNok() + 300_000);
        assertThat(after.measuredProjects()).isGreaterThanOrEqualTo(before.measuredProjects() + 1);
        assertThat(rollups.byOrganisation())
                .filteredOn(r -> r.key().equals(org.id().toString()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.plannedNok()).isEqualTo(600_000);
                    assertThat(r.realisedNok()).isEqualTo(300_000);
                    assertThat(r.measuredPercent()).isEqualTo(100);
                    assertThat(r.realisedPercent()).isEqualTo(50);
                });
        // The fixtures' projects are in Oslo (NO081).
        assertThat(rollups.byCounty()).extracting(Rollup::key).contains("NO081");

        String leader = mvc.perform(get("/benefits").with(user(org.leader().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(leader).contains("Summeby kommune", "Oslo", "600\u00a0000\u00a0kr");
        String anonymous = mvc.perform(get("/benefits"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous).contains("Per fylke").doesNotContain("Summeby kommune");
        ProjectFixtures.Org other = projects.municipality("Annensum kommune");
        assertThat(mvc.perform(get("/benefits").with(user(other.buyer().details())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Summeby kommune");
    }
}
