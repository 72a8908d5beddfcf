package no.innomotor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Innomotor: public procurement as an engine for innovation. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class InnomotorApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(InnomotorApplication.class);
        if (args.length > 0 && "notices".equals(args[0])) {
            // A command (notices import …): no web server; the command's runner sets the exit code.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
