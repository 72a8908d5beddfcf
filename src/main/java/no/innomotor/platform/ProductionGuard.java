package no.innomotor.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile without what production needs, with a message that says what to set:
 * <ul>
 *   <li>a real database — production data belongs in PostgreSQL, not the embedded H2;</li>
 *   <li>an SMTP server ({@code spring.mail.host}) — without one, mail is kept in the development outbox, where
 *       administrators could read other people's password-reset and invitation links.</li>
 * </ul>
 * Registered in META-INF/spring.factories so it runs before any bean is created.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        if (!env.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.startsWith("jdbc:h2:")) {
            problems.add("""
                    Innomotor's production profile (prod) refuses to start on the embedded H2 database.
                    Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a
                    PostgreSQL database, e.g. SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/innomotor
                    """);
        }
        if (env.getProperty("spring.mail.host", "").isBlank()) {
            problems.add("""
                    Innomotor's production profile (prod) refuses to start without an SMTP server: without one,
                    mail (password-reset and invitation links included) would be kept in the development outbox,
                    readable by administrators. Set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME,
                    SPRING_MAIL_PASSWORD as the relay needs), e.g. SPRING_MAIL_HOST=smtp.example.no
                    """);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("\n\n" + String.join("\n", problems));
        }
    }
}
