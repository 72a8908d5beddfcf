package no.innomotor.knowledge;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the open endpoints as an anonymous client would: every page, following links.next. */
final class OpenDataClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    OpenDataClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Every page of a paged endpoint, from the first; the last page has no links.next. */
    List<JsonNode> pages(String first) throws Exception {
        List<JsonNode> pages = new ArrayList<>();
        String next = first;
        while (next != null) {
            JsonNode page = json(next);
            pages.add(page);
            JsonNode link = page.path("links").path("next");
            next = link.isMissingNode() || link.isNull() ? null : link.asString();
            if (pages.size() > 10_000) {
                throw new AssertionError("links.next never ends");
            }
        }
        return pages;
    }

    JsonNode json(String address) throws Exception {
        return JSON.readTree(text(address));
    }

    String text(String address) throws Exception {
        URI uri = address.startsWith("http") ? URI.create(address) : URI.create("http://localhost" + address);
        return mvc.perform(get(uri))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The projects' ids over every page, in the order given. */
    List<String> projectIds(String first) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode page : pages(first)) {
            page.path("projects").forEach(project -> ids.add(project.path("id").asString()));
        }
        return ids;
    }

    /** The project's JSON from the open list, or a missing node. */
    JsonNode project(String id) throws Exception {
        for (JsonNode page : pages("/api/v1/open/projects?size=1000")) {
            for (JsonNode project : page.path("projects")) {
                if (project.path("id").asString().equals(id)) {
                    return project;
                }
            }
        }
        return JSON.missingNode();
    }
}
