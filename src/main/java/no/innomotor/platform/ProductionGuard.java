package no.innomotor.platform;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile on the embedded H2 database: production data belongs in PostgreSQL.
 * Registered in META-INF/spring.factories so it runs before any bean is created.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        if (env.acceptsProfiles(Profiles.of("prod")) && (url.isBlank() || url.startsWith("jdbc:h2:"))) {
            throw new IllegalStateException("""

                    Innomotor's production profile (prod) refuses to start on the embedded H2 database.
                    Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a
                    PostgreSQL database, e.g. SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/innomotor
                    """);
        }
    }
}
