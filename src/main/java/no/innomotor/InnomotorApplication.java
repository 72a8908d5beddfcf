package no.innomotor;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.env.MapPropertySource;
import org.springframework.modulith.Modulithic;

/** Innomotor: public procurement as an engine for innovation. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class InnomotorApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(InnomotorApplication.class);
        if (args.length > 0 && "notices".equals(args[0])) {
            // A command (notices import …): no web server, no demo data, only warnings in the log; its runner sets
            // the exit code.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN"));
            application.addInitializers(context -> context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("command", Map.of("innomotor.demo.enabled", "false"))));
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
