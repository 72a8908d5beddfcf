package no.innomotor.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The platform's clock, password encoding and session registry, and the scheduler for the modules' timed jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The sessions of signed-in people, so a password change can end the others; told of sessions that end by the
     * web configuration's session event publisher. Defined outside the web configuration because services use it
     * in any context (the command line runs without a web server). In memory, so for one node: with sessions in
     * Spring Session JDBC (several nodes), use Spring Session's {@code SpringSessionBackedSessionRegistry} instead.
     */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Delegating, so stored hashes name their algorithm and can be upgraded; new hashes use bcrypt. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
