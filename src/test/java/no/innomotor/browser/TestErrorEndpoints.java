package no.innomotor.browser;

import no.innomotor.shared.DomainException;
import no.innomotor.shared.security.AccessRules;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test-only pages that fail the way real pages fail — a domain "not found", a concurrent edit, an unexpected
 * exception — so the error pages can be seen in a browser. Only the browser tests' application context has them.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestErrorEndpoints {

    static final String SECRET = "secret detail from the exception";

    @Bean
    AccessRules testErrorAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/test-errors/**").authenticated();
    }

    /** Registered because it is a member class of this configuration. */
    @Controller
    static class FailingPages {

        @GetMapping("/test-errors/not-found")
        String notFound() {
            throw new ThingNotFound();
        }

        @GetMapping("/test-errors/conflict")
        String conflict() {
            throw new OptimisticLockingFailureException(SECRET);
        }

        @GetMapping("/test-errors/failure")
        String failure() {
            throw new IllegalStateException(SECRET);
        }
    }

    static class ThingNotFound extends DomainException.NotFound {
        ThingNotFound() {
            super("error.404.text", SECRET);
        }
    }
}
