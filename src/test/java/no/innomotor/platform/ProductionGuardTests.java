package no.innomotor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import no.innomotor.InnomotorApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/**
 * The production profile refuses to start without PostgreSQL and without SMTP. Properties are given as command-line
 * arguments, which outrank environment variables, so a machine's SPRING_DATASOURCE_URL or SPRING_MAIL_HOST (as under
 * -Ppostgres) cannot mask what is tested.
 */
class ProductionGuardTests {

    private static final String POSTGRES = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/prod-guard";

    private static SpringApplicationBuilder production() {
        return new SpringApplicationBuilder(InnomotorApplication.class)
                .profiles("prod")
                .properties("server.port=0");
    }

    @Test
    void productionProfileRefusesTheEmbeddedDatabase() {
        assertThatThrownBy(() -> production()
                        .run("--spring.datasource.url=jdbc:h2:mem:prod-guard", "--spring.mail.host=smtp.example.no"))
                .hasStackTraceContaining("refuses to start on the embedded H2 database")
                .hasStackTraceContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void productionProfileRefusesAMissingDatabaseUrl() {
        assertThatThrownBy(() -> production().run("--spring.datasource.url=", "--spring.mail.host=smtp.example.no"))
                .hasStackTraceContaining("refuses to start on the embedded H2 database");
    }

    @Test
    void productionProfileRefusesToStartWithoutSmtpBecauseTheOutboxWouldExposeResetLinks() {
        Throwable refusal = catchThrowable(() -> production().run(POSTGRES, "--spring.mail.host="));
        assertThat(refusal)
                .hasStackTraceContaining("refuses to start without an SMTP server")
                .hasStackTraceContaining("SPRING_MAIL_HOST")
                .hasStackTraceContaining("development outbox");
        assertThat(refusal)
                .hasStackTraceContaining("production profile")
                .message()
                .doesNotContain("H2");
    }

    @Test
    void bothProblemsAreNamedAtOnce() {
        assertThatThrownBy(() ->
                        production().run("--spring.datasource.url=jdbc:h2:mem:prod-guard", "--spring.mail.host= "))
                .hasStackTraceContaining("embedded H2 database")
                .hasStackTraceContaining("SPRING_MAIL_HOST");
    }

    @Test
    void theGuardLetsProductionStartWithPostgresAndSmtpAndLeavesOtherProfilesAlone() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/innomotor")
                .withProperty("spring.mail.host", "smtp.example.no");
        production.setActiveProfiles("prod");
        assertThatCode(() -> guard(production)).doesNotThrowAnyException();

        MockEnvironment development = new MockEnvironment();
        assertThatCode(() -> guard(development)).doesNotThrowAnyException();

        MockEnvironment withoutMail = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/innomotor");
        withoutMail.setActiveProfiles("prod");
        assertThatThrownBy(() -> guard(withoutMail)).hasMessageContaining("SPRING_MAIL_HOST");
    }

    private static void guard(MockEnvironment environment) {
        new ProductionGuard()
                .onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                        new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
    }
}
