package no.innomotor.notices.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
class CpvLookupTests {

    @Autowired
    MockMvc mvc;

    @Test
    void withoutJavaScriptTheLookUpIsAPageWithATableOfCodes() throws Exception {
        mvc.perform(get("/reference/cpv").param("q", "software package").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<html lang=\"en\""),
                                containsString("<h1"),
                                containsString("<caption"),
                                containsString("48000000"),
                                containsString("Software package and information systems"),
                                containsString("Division"),
                                containsString("You are here"))));
    }

    @Test
    void htmxGetsOnlyTheListboxOptions() throws Exception {
        mvc.perform(get("/reference/cpv")
                        .param("q", "7226")
                        .header("HX-Request", "true")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"option\""),
                                containsString("data-code=\"72260000\""),
                                containsString("Software-related services"),
                                not(containsString("<html")),
                                not(containsString("<h1")))));
    }

    @Test
    void theLookUpVariesByHtmxAndAHistoryRestoreGetsThePageNotTheOptions() throws Exception {
        mvc.perform(get("/reference/cpv").param("q", "7226").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
                .andExpect(content().string(allOf(containsString("<html"), containsString("<caption"))));
        mvc.perform(get("/reference/cpv")
                        .param("q", "7226")
                        .param("lang", "en")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("<html"),
                                containsString("<h1"),
                                containsString("<caption"),
                                containsString("72260000"),
                                not(containsString("role=\"option\"")))));
    }

    @Test
    void aQueryTooShortToMeanAnythingFindsNothing() throws Exception {
        mvc.perform(get("/reference/cpv").param("q", "a").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("role=\"option\""))));
    }

    @Test
    void aWordThatMatchesNothingSaysSoOnThePage() throws Exception {
        mvc.perform(get("/reference/cpv").param("q", "xyzzyqq").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("No matches"),
                                containsString("No CPV codes match “xyzzyqq”"),
                                not(containsString("<caption")))));
    }

    @Test
    void aWordThatMatchesNothingSaysSoInThePicker() throws Exception {
        mvc.perform(get("/reference/cpv")
                        .param("q", "xyzzyqq")
                        .header("HX-Request", "true")
                        .param("lang", "nb"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-cpv-empty"),
                                containsString("aria-disabled=\"true\""),
                                containsString("Ingen CPV-koder passer «xyzzyqq»"),
                                not(containsString("data-code=")))));
    }
}
