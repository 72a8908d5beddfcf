package no.innomotor.riskrelief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The risk-relief pages and API from both sides: owner, applicant, assessor, and those who may not. */
@InnomotorTest
class RiskReliefPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RiskReliefFixtures fixtures;

    @Autowired
    RiskReliefManagement riskRelief;

    @Autowired
    RiskReliefQueries queries;

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOwnerMakesAndPublishesASchemeAndAWrongWeightIsShownBesideTheForm() throws Exception {
        var actor = fixtures.actor("Sideaktør " + System.nanoTime());
        String deadline = LocalDate.now().plusMonths(2).toString();
        String refused = body(mvc.perform(post("/riskrelief/schemes")
                        .with(csrf())
                        .with(user(actor.decider().details()))
                        .param("name", "Garanti for førstekunder")
                        .param("description", "Dekker tap for den første kunden.")
                        .param("kind", "FINANCIAL")
                        .param("audience", "BOTH")
                        .param("deadline", deadline)
                        .param("periodYear", String.valueOf(RiskReliefFixtures.YEAR))
                        .param("amount", "3 000 000")
                        .param("criterionNames[0]", "Nytte")
                        .param("criterionWeights[0]", "70")
                        .param("criterionNames[1]", "Risiko")
                        .param("criterionWeights[1]", "20")
                        .param("categories", "PILOTING"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("Vektene blir til sammen 90 prosent", "Garanti for førstekunder");

        String location = mvc.perform(post("/riskrelief/schemes")
                        .with(csrf())
                        .with(user(actor.decider().details()))
                        .param("name", "Garanti for førstekunder")
                        .param("description", "Dekker tap for den første kunden.")
                        .param("kind", "FINANCIAL")
                        .param("audience", "BOTH")
                        .param("deadline", deadline)
                        .param("periodYear", String.valueOf(RiskReliefFixtures.YEAR))
                        .param("amount", "3 000 000")
                        .param("criterionNames[0]", "Nytte")
                        .param("criterionWeights[0]", "70")
                        .param("criterionNames[1]", "Risiko")
                        .param("criterionWeights[1]", "30")
                        .param("categories", "PILOTING", "RISK_OF_LOSS"))
                .andExpect(redirectedUrlPattern("/riskrelief/schemes/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = body(
                mvc.perform(get(location).with(user(actor.decider().details()))).andExpect(status().isOk()));
        assertThat(page).contains("Utkast", "Publiser", "3\u00a0000\u00a0000\u00a0kr");

        var buyer = fixtures.buyer("Sidekommune " + System.nanoTime());
        mvc.perform(get(location).with(user(buyer.org().buyer().details()))).andExpect(status().isNotFound());
        var version = queries.scheme(
                        SchemeId.of(location.substring(location.lastIndexOf('/') + 1)),
                        actor.decider().user())
                .version();
        mvc.perform(post(location + "/publish")
                        .with(csrf())
                        .with(user(actor.decider().details()))
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(location));
        String published =
                body(mvc.perform(get(location).with(user(buyer.org().buyer().details())))
                        .andExpect(status().isOk()));
        assertThat(published).contains("Garanti for førstekunder").doesNotContain("Budsjett og forbruk");
        mvc.perform(post(location + "/publish")
                        .with(csrf())
                        .with(user(buyer.org().buyer().details()))
                        .param("version", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBuyerAppliesFromTheFixedAddressAndSeesTheStatusAndAStrangerDoesNot() throws Exception {
        var actor = fixtures.actor("Aktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Sideordning", 2_000_000);
        var buyer = fixtures.buyer("Kommune " + System.nanoTime());
        var stranger = fixtures.buyer("Fremmed " + System.nanoTime());
        String entry = "/riskrelief/schemes/" + scheme + "/applications/new?project=" + buyer.project();
        String form = body(mvc.perform(get(entry).with(user(buyer.org().buyer().details())))
                .andExpect(status().isOk()));
        assertThat(form).contains("Pilot av sensorer", "Nytte (vekt 60 %)", "Beløp du søker om");
        mvc.perform(get(entry).with(user(stranger.org().buyer().details()))).andExpect(status().isNotFound());

        var criteria = queries.scheme(scheme, buyer.org().buyer().user()).criteria();
        String missing = body(mvc.perform(post("/riskrelief/schemes/" + scheme + "/applications")
                        .with(csrf())
                        .with(user(buyer.org().buyer().details()))
                        .param("project", buyer.project().toString())
                        .param("amountRequested", "500 000")
                        .param("periodStart", RiskReliefFixtures.YEAR + "-01-01")
                        .param("periodEnd", RiskReliefFixtures.YEAR + "-12-31")
                        .param("categories", "PILOTING")
                        .param("summary", "Pilot i ett år")
                        .param("answers[" + criteria.get(0).id() + "]", "Stor nytte")
                        .param("action", "submit"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(missing).contains("Svar på hvert kriterium.");
        ApplicationId id =
                queries.applications(buyer.org().buyer().user()).get(0).id();
        assertThat(queries.application(id, buyer.org().buyer().user()).status()).isEqualTo(ApplicationStatus.DRAFT);
        long version = queries.application(id, buyer.org().buyer().user()).version();
        mvc.perform(post("/riskrelief/applications/" + id)
                        .with(csrf())
                        .with(user(buyer.org().buyer().details()))
                        .param("version", String.valueOf(version))
                        .param("amountRequested", "500 000")
                        .param("periodStart", RiskReliefFixtures.YEAR + "-01-01")
                        .param("periodEnd", RiskReliefFixtures.YEAR + "-12-31")
                        .param("categories", "PILOTING")
                        .param("summary", "Pilot i ett år")
                        .param("answers[" + criteria.get(0).id() + "]", "Stor nytte")
                        .param("answers[" + criteria.get(1).id() + "]", "Uprøvd teknologi")
                        .param("action", "submit"))
                .andExpect(redirectedUrl("/riskrelief/applications/" + id));
        String status = body(mvc.perform(get("/riskrelief/applications/" + id)
                        .with(user(buyer.org().buyer().details())))
                .andExpect(status().isOk()));
        assertThat(status).contains("Sendt, til vurdering", "Søknaden sendt", "Trekk søknaden");
        mvc.perform(get("/riskrelief/applications/" + id)
                        .with(user(stranger.org().buyer().details())))
                .andExpect(status().isNotFound());
        // Withdrawing from a page read before the submission: someone changed it since (409), nothing changes.
        mvc.perform(post("/riskrelief/applications/" + id + "/withdraw")
                        .with(csrf())
                        .with(user(buyer.org().buyer().details()))
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
        String english = body(mvc.perform(get("/riskrelief/applications/" + id)
                        .with(user(buyer.org().buyer().details()))
                        .param("lang", "en"))
                .andExpect(status().isOk()));
        assertThat(english).contains("Submitted, being assessed", "Withdraw the application");
    }

    @Test
    void anAssessorDeclaresScoresAndTheOwnerDecidesAndTheLetterIsDownloaded() throws Exception {
        var actor = fixtures.actor("Aktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Vurderingsordning", 2_000_000);
        var buyer = fixtures.buyer("Kommune " + System.nanoTime());
        ApplicationId id =
                fixtures.submitted(scheme, buyer.project(), buyer.org().buyer().user(), 400_000);
        ProjectFixtures.Person jury = fixtures.jury("Jon Vurder " + System.nanoTime());
        ProjectFixtures.Person conflicted = fixtures.jury("Kari Konflikt " + System.nanoTime());
        String base = "/riskrelief/applications/" + id;

        mvc.perform(post(base + "/assessors")
                        .with(csrf())
                        .with(user(actor.decider().details()))
                        .param("assessor", conflicted.id().toString()))
                .andExpect(redirectedUrl(base + "#assessment"));
        mvc.perform(post(base + "/assessors")
                        .with(csrf())
                        .with(user(buyer.org().buyer().details()))
                        .param("assessor", jury.id().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(user(jury.details()))).andExpect(status().isNotFound());
        String asked =
                body(mvc.perform(get(base).with(user(conflicted.details()))).andExpect(status().isOk()));
        assertThat(asked).contains("Har du en interessekonflikt i denne søknaden?");
        mvc.perform(post(base + "/conflict")
                        .with(csrf())
                        .with(user(conflicted.details()))
                        .param("conflict", "yes")
                        .param("reason", ""))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/conflict")
                        .with(csrf())
                        .with(user(conflicted.details()))
                        .param("conflict", "yes")
                        .param("reason", "Søsteren min leder prosjektet."))
                .andExpect(redirectedUrl("/riskrelief/applications"));
        mvc.perform(get(base).with(user(conflicted.details()))).andExpect(status().isNotFound());
        String owner = body(
                mvc.perform(get(base).with(user(actor.decider().details()))).andExpect(status().isOk()));
        assertThat(owner).contains("Erklærte interessekonflikt", "Søsteren min leder prosjektet.", "Tildel en annen");

        for (ProjectFixtures.Person p : java.util.List.of(jury, actor.assessor())) {
            riskRelief.assign(id, p.id(), actor.decider().user());
            mvc.perform(post(base + "/conflict")
                            .with(csrf())
                            .with(user(p.details()))
                            .param("conflict", "no"))
                    .andExpect(redirectedUrl(base + "#assessment"));
            var request = post(base + "/assessment").with(csrf()).with(user(p.details()));
            for (var answer : queries.application(id, p.user()).answers()) {
                request.param("scores[" + answer.criterion().id() + "]", "9")
                        .param("justifications[" + answer.criterion().id() + "]", "Godt begrunnet");
            }
            mvc.perform(request.param("recommendation", "APPROVE")).andExpect(redirectedUrl(base + "#assessment"));
        }
        String ready = body(
                mvc.perform(get(base).with(user(actor.decider().details()))).andExpect(status().isOk()));
        assertThat(ready).contains("Samlet anbefaling fra 2 vurderere: gjennomsnitt 9,0 av 10, innvilge.");

        long version = queries.application(id, actor.decider().user()).version();
        String over = body(mvc.perform(post(base + "/decision")
                        .with(csrf())
                        .with(user(actor.decider().details()))
                        .param("version", String.valueOf(version))
                        .param("outcome", "APPROVED_IN_PART")
                        .param("amountGranted", "300 000")
                        .param("milestoneNames[0]", "Pilot startet")
                        .param("milestoneDues[0]", RiskReliefFixtures.YEAR + "-03-01")
                        .param("milestoneAmounts[0]", "200 000"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(over).contains("Milepælene blir til sammen 200");
        mvc.perform(post(base + "/decision")
                        .with(csrf())
                        .with(user(actor.assessor().details()))
                        .param("version", String.valueOf(version))
                        .param("outcome", "REJECTED"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/decision")
                        .with(csrf())
                        .with(user(actor.decider().details()))
                        .param("version", String.valueOf(version))
                        .param("outcome", "APPROVED_IN_PART")
                        .param("amountGranted", "300 000")
                        .param("conditions", "Sluttrapport innen ett år")
                        .param("milestoneNames[0]", "Pilot startet")
                        .param("milestoneDues[0]", RiskReliefFixtures.YEAR + "-03-01")
                        .param("milestoneAmounts[0]", "300 000"))
                .andExpect(redirectedUrl(base + "#decision"));
        byte[] pdf = mvc.perform(
                        get(base + "/letter").with(user(buyer.org().buyer().details())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(RiskReliefFlowTests.text(pdf)).contains("Delvis innvilget", "300 000", "Sluttrapport innen ett år");
        mvc.perform(get(base + "/letter").with(user(jury.details()))).andExpect(status().isForbidden());
    }

    @Test
    void theApiGivesEachReaderWhatThePagesDo() throws Exception {
        var actor = fixtures.actor("Apiaktør " + System.nanoTime());
        var other = fixtures.actor("Annen apiaktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Apiordning", 2_000_000);
        var buyer = fixtures.buyer("Apikommune " + System.nanoTime());
        var stranger = fixtures.buyer("Fremmed apikommune " + System.nanoTime());
        ApplicationId id = fixtures.approved(
                actor, scheme, buyer.project(), buyer.org().buyer().user(), 500_000);

        mvc.perform(get("/api/v1/riskrelief/schemes/" + scheme)
                        .with(user(stranger.org().buyer().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(scheme.toString()))
                .andExpect(jsonPath("$.criteria[0].weight").value(60));
        mvc.perform(get("/api/v1/riskrelief/schemes/" + scheme + "/ledger")
                        .with(user(actor.decider().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0].committed").value(500_000))
                .andExpect(jsonPath("$.periods[0].remaining").value(1_500_000));
        mvc.perform(get("/api/v1/riskrelief/schemes/" + scheme + "/ledger")
                        .with(user(other.decider().details())))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
        mvc.perform(get("/api/v1/riskrelief/applications/" + id)
                        .with(user(buyer.org().buyer().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.amountGranted").value(500_000))
                .andExpect(jsonPath("$.projectId").value(buyer.project().toString()));
        mvc.perform(get("/api/v1/riskrelief/applications/" + id)
                        .with(user(stranger.org().buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/riskrelief/applications")
                        .with(user(actor.decider().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].as").value("OWNER"));
        mvc.perform(get("/api/v1/riskrelief/applications")
                        .with(user(stranger.org().buyer().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
        mvc.perform(get("/api/v1/riskrelief/schemes")).andExpect(status().isUnauthorized());
    }
}
