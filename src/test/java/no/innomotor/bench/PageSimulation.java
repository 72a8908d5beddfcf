package no.innomotor.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * One page of {@link PagesUnderLoadBenchmark} under load: N virtual users at once, each with a connection of its
 * own, each asking for the page again as soon as the answer has arrived (a closed loop, so N requests are in flight
 * all the time). A signed-in user first signs in through the login form (its CSRF token read from the page) with a
 * session of its own; then all wait for each other, ask for the page during the warm-up (requests named
 * {@code warm-up}, not counted), and then during the measured period (requests named {@link #MEASURED}). Redirects
 * are not followed and nothing is cached (every request is answered in full), so a lost session (a redirect to the login page) counts as an error like any answer but 200.
 * <p>
 * Gatling makes the simulation itself, so the benchmark passes the page through system properties
 * ({@code innomotor.load.*}).
 */
public class PageSimulation extends Simulation {

    /** {@link PagesUnderLoadBenchmark#MEASURED}. */
    static final String MEASURED = "page";

    static final String WARM_UP = "warm-up";

    public PageSimulation() {
        String base = System.getProperty("innomotor.load.base");
        String path = System.getProperty("innomotor.load.path");
        String email = System.getProperty("innomotor.load.email", "");
        String password = System.getProperty("innomotor.load.password", "");
        int users = Integer.getInteger("innomotor.load.users", 50);
        Duration warmUp = Duration.ofSeconds(Long.getLong("innomotor.load.warmup", 10));
        Duration measured = Duration.ofSeconds(Long.getLong("innomotor.load.duration", 20));

        HttpProtocolBuilder protocol = http.baseUrl(base)
                .disableFollowRedirect()
                .disableWarmUp()
                .disableCaching()
                .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
                .acceptEncodingHeader("gzip")
                .acceptLanguageHeader("nb-NO,nb;q=0.9")
                .userAgentHeader("Innomotor pages-under-load benchmark");

        ScenarioBuilder scenario = scenario(System.getProperty("innomotor.load.name", path));
        if (!email.isEmpty()) {
            scenario = scenario.exec(http("sign-in page")
                            .get("/login")
                            .check(status().is(200))
                            .check(css("form[action='/login'] input[type='hidden']", "name")
                                    .saveAs("csrfName"))
                            .check(css("form[action='/login'] input[type='hidden']", "value")
                                    .saveAs("csrfValue")))
                    .exec(http("sign-in")
                            .post("/login")
                            .formParam("username", email)
                            .formParam("password", password)
                            .formParam("#{csrfName}", "#{csrfValue}")
                            .check(status().is(302))
                            .check(header("Location").not(base + "/login?error")));
        }
        scenario = scenario.rendezVous(users)
                .during(warmUp)
                .on(http(WARM_UP).get(path).check(status().is(200)))
                .during(measured)
                .on(http(MEASURED).get(path).check(status().is(200)));

        setUp(scenario.injectOpen(atOnceUsers(users))).protocols(protocol);
    }
}
