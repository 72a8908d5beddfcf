package no.innomotor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.innomotor.shared.security.EndpointRule;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** The harness's own check can fail: an endpoint nobody declared, in a small context of its own, is reported. */
class EndpointCatalogueTests {

    @RestController
    static class ForgottenEndpoints {

        @GetMapping("/forgotten/{id}")
        String read() {
            return "";
        }

        @PostMapping("/forgotten/{id}")
        String write() {
            return "";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class WebWithForgottenEndpoint {

        @Bean
        ForgottenEndpoints forgotten() {
            return new ForgottenEndpoints();
        }

        @Bean
        EndpointRules someRules() {
            return () -> List.of(EndpointRule.signedIn(HttpMethod.GET, "/forgotten/{id}"));
        }
    }

    @Test
    void anEndpointWithoutARuleIsReportedWithWhereToDeclareIt() {
        try (AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext()) {
            context.setServletContext(new MockServletContext());
            context.register(WebWithForgottenEndpoint.class);
            context.refresh();

            Set<String> mapped = EndpointCatalogue.mapped(context);
            List<String> problems = EndpointCatalogue.problems(
                    mapped,
                    EndpointCatalogue.declared(
                            context.getBeansOfType(EndpointRules.class).values()));

            assertThat(mapped).contains("GET /forgotten/{id}", "POST /forgotten/{id}");
            assertThat(problems)
                    .containsExactly("no rule for endpoint POST /forgotten/{id}: " + EndpointCatalogue.WHERE);
        }
    }

    @Test
    void aRuleDeclaredTwiceOrForNoEndpointIsReported() {
        List<String> problems = EndpointCatalogue.problems(
                Set.of("GET /a"),
                List.of(
                        EndpointRule.anyone(HttpMethod.GET, "/a"),
                        EndpointRule.roles(HttpMethod.GET, "/a", Role.ADMIN),
                        EndpointRule.anyone(HttpMethod.GET, "/gone")));

        assertThat(problems)
                .containsExactly(
                        "rule declared twice: GET /a",
                        "rule for an endpoint nothing maps (renamed or removed?): GET /gone");
    }

    @Test
    void aContextWithoutWebMvcMapsNothing() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.refresh();
            assertThat(EndpointCatalogue.mapped(context)).isEmpty();
        }
    }
}
