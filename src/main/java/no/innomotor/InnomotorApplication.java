package no.innomotor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Innomotor: public procurement as an engine for innovation. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class InnomotorApplication {

    public static void main(String[] args) {
        SpringApplication.run(InnomotorApplication.class, args);
    }
}
