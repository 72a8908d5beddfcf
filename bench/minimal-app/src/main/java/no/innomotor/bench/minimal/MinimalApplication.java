package no.innomotor.bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The start-up benchmark's baseline: a Spring Boot web application with one page. */
@SpringBootApplication
@RestController
public class MinimalApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }

    @GetMapping("/")
    String home() {
        return "Minimal Spring Boot application\n";
    }
}
