package no.innomotor;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
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

    /** The bean a command prints its own lines to: the process's standard output, while logs go to stderr. */
    public static final String COMMAND_OUTPUT = "commandOutput";

    public static void main(String[] args) {
        if (args.length > 0 && ("notices".equals(args[0]) || "data".equals(args[0]))) {
            System.exit(runCommand(args, System.out));
        }
        new SpringApplication(InnomotorApplication.class).run(args);
    }

    /**
     * Runs a command (notices import …, data generate …): no web server, no demo data. The command's own lines go to {@code stdout};
     * everything else written to standard output while it runs (the log) goes to standard error, only warnings
     * unless {@code --verbose} is given. Returns the command's exit code.
     */
    public static int runCommand(String[] args, PrintStream stdout, String... profiles) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        SpringApplication application = new SpringApplication(InnomotorApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles(profiles);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.main.banner-mode", "off");
        defaults.put("spring.main.log-startup-info", String.valueOf(verbose));
        defaults.put("logging.level.root", verbose ? "INFO" : "WARN");
        application.setDefaultProperties(defaults);
        application.addInitializers(context -> {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("command", Map.of("innomotor.demo.enabled", "false")));
            context.getBeanFactory().registerSingleton(COMMAND_OUTPUT, stdout);
        });
        // Kept to the end of the process: shutdown hooks log too.
        System.setOut(System.err);
        int exit = SpringApplication.exit(application.run(args));
        stdout.flush();
        return exit;
    }
}
