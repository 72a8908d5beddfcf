package no.innomotor.platform.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
class ApiDocumentationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void projectOperationsNeedABearerTokenAndPublicOpportunitiesDoNot() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Innomotor API"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme")
                        .value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/projects'].get.security[*].bearerToken")
                        .exists())
                .andExpect(jsonPath(
                        "$.paths['/api/v1/projects'].post.security[*]",
                        hasItem(org.hamcrest.Matchers.hasKey("bearerToken"))))
                .andExpect(jsonPath("$.paths['/api/v1/opportunities'].get.security")
                        .doesNotExist())
                .andExpect(jsonPath("$.security").doesNotExist());
    }
}
