package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.contractNotice;
import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The opportunities as JSON under /api/v1: open to anyone, read only, the list's filters. */
@InnomotorTest
class OpportunityApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    NoticesManagement notices;

    @Test
    void anyoneReadsTheFilteredListAndOneOpportunityAsJson() throws Exception {
        String word = NoticeFixtures.uniqueWord();
        OpportunityId id = notices.importNotice(
                        "t.xml",
                        utf8(contractNotice(
                                "Droner " + word,
                                LocalDate.of(2025, 2, 1),
                                LocalDate.of(2099, 1, 1),
                                "35613000",
                                "NO081")),
                        null)
                .opportunity();

        mvc.perform(get("/api/v1/opportunities")
                        .param("q", word)
                        .param("region", "NO08")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id.toString()))
                .andExpect(jsonPath("$.items[0].cpvCodes[0]").value("35613000"))
                .andExpect(jsonPath("$.items[0].nutsCodes[0]").value("NO081"));
        mvc.perform(get("/api/v1/opportunities/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.titles.ENG").value("Droner " + word))
                .andExpect(jsonPath("$.kind").value("COMPETITION"));
    }

    @Test
    void codesAndAmountsArePlainStringsAndNumbersNeverNestedObjects() throws Exception {
        OpportunityId id = notices.importNotice(
                        "maximal.xml", utf8(NoticeFixtures.withFreshId(sdkExample("cn_24_maximal.xml"))), null)
                .opportunity();

        mvc.perform(get("/api/v1/opportunities/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cpvCodes").value(contains("79710000", "75121000", "79720000")))
                .andExpect(jsonPath("$.cpvScope").value(hasItems("79000000", "79710000")))
                .andExpect(jsonPath("$.cpvScope[0]").isString())
                .andExpect(jsonPath("$.nutsCodes[0]").isString())
                .andExpect(jsonPath("$.estimatedValue").value(9999999.99))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.lots[0].lotId").value("LOT-0001"))
                .andExpect(jsonPath("$.lots[0].estimatedValue").value(9999999.99))
                .andExpect(jsonPath("$.lots[0].currency").value("EUR"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Opportunity.properties.cpvCodes.items.type")
                        .value("string"))
                .andExpect(jsonPath("$.components.schemas.Opportunity.properties.nutsCodes.items.type")
                        .value("string"))
                .andExpect(jsonPath("$.components.schemas.Opportunity.properties.estimatedValue.type")
                        .value("number"))
                .andExpect(jsonPath("$.components.schemas.CpvCode").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.Money").doesNotExist());
    }

    @Test
    void anUnknownIdIsAProblemNotFoundAndABadFilterA422() throws Exception {
        mvc.perform(get("/api/v1/opportunities/" + java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Kunngjøringen finnes ikke."));
        mvc.perform(get("/api/v1/opportunities").param("cpv", "99999999").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("cpv"))
                .andExpect(jsonPath("$.detail").value(containsString("does not exist in CPV 2008")));
    }

    @Test
    void theApiIsReadOnly() throws Exception {
        mvc.perform(post("/api/v1/opportunities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theOpenApiDocumentDescribesTheOpportunityIdAsAString() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Opportunity.properties.id.type")
                        .value("string"))
                .andExpect(jsonPath("$.components.schemas.OpportunityId").doesNotExist());
    }
}
