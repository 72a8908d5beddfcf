package no.innomotor.platform.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestHeader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Every page a controller renders says it varies by {@code HX-Request}: the same URL answers the whole page or, for
 * htmx, a fragment, so a cache (the browser's included) must not hand one to the other. htmx-spring-boot adds the
 * header only to the htmx request's answer, which leaves the whole page cacheable for both; this adds it to every
 * rendered page, once, beside whatever Vary the response already has (the compression adds Accept-Encoding when
 * the response is written).
 */
class HtmxVary implements HandlerInterceptor {

    static final String HX_REQUEST = HtmxRequestHeader.HX_REQUEST.getValue();

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView == null || redirect(modelAndView) || varies(response)) {
            return;
        }
        response.addHeader(HttpHeaders.VARY, HX_REQUEST);
    }

    private static boolean redirect(ModelAndView modelAndView) {
        String name = modelAndView.getViewName();
        return modelAndView.getView() instanceof RedirectView || (name != null && name.startsWith("redirect:"));
    }

    /** Whether a Vary header the response already has names HX-Request (or "*"). */
    private static boolean varies(HttpServletResponse response) {
        return response.getHeaders(HttpHeaders.VARY).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .anyMatch(field -> field.equalsIgnoreCase(HX_REQUEST) || field.equals("*"));
    }
}
