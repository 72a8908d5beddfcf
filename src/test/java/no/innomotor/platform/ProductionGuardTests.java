package no.innomotor.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.innomotor.InnomotorApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProductionGuardTests {

    @Test
    void productionProfileRefusesTheEmbeddedDatabase() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(InnomotorApplication.class)
                .profiles("prod")
                .properties("server.port=0");
        // Command-line arguments outrank the environment, so this holds under -Ppostgres too.
        assertThatThrownBy(() -> app.run("--spring.datasource.url=jdbc:h2:mem:prod-guard"))
                .hasStackTraceContaining("refuses to start on the embedded H2 database")
                .hasStackTraceContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void productionProfileRefusesAMissingDatabaseUrl() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(InnomotorApplication.class)
                .profiles("prod")
                .properties("server.port=0");
        assertThatThrownBy(() -> app.run("--spring.datasource.url="))
                .hasStackTraceContaining("refuses to start on the embedded H2 database");
    }
}
