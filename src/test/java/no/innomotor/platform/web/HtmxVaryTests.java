package no.innomotor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

class HtmxVaryTests {

    private final HtmxVary vary = new HtmxVary();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/opportunities");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aRenderedPageVariesByHxRequest() {
        vary.postHandle(request, response, new Object(), new ModelAndView("notices/opportunities"));

        assertThat(response.getHeaders("Vary")).containsExactly("HX-Request");
    }

    @Test
    void aVaryAlreadyThereIsKeptAndHxRequestAddedBesideIt() {
        response.addHeader("Vary", "Accept-Encoding");

        vary.postHandle(request, response, new Object(), new ModelAndView("notices/opportunities"));

        assertThat(response.getHeaders("Vary")).containsExactly("Accept-Encoding", "HX-Request");
    }

    @Test
    void hxRequestIsNamedOnceWhenTheHtmxLibraryNamedItAlready() {
        response.addHeader("Vary", "Origin, hx-request");

        vary.postHandle(request, response, new Object(), new ModelAndView("notices/opportunities"));

        assertThat(response.getHeaders("Vary")).containsExactly("Origin, hx-request");
    }

    @Test
    void redirectsAndResponsesWrittenByTheHandlerAreLeftAlone() {
        vary.postHandle(request, response, new Object(), new ModelAndView("redirect:/projects"));
        vary.postHandle(request, response, new Object(), new ModelAndView(new RedirectView("/projects")));
        vary.postHandle(request, response, new Object(), null);

        assertThat(response.getHeaders("Vary")).isEmpty();
    }
}
