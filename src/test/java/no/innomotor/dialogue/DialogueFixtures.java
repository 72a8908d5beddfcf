package no.innomotor.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Builds the dialogue module's test data through the real services: projects in step 3, published announcements,
 * supplier companies with a person holding the supplier role, registrations and questions. A bean of the test
 * context; every call makes new data.
 */
@Component
public class DialogueFixtures {

    private final ProjectFixtures projects;
    private final ProjectsManagement management;
    private final DialogueManagement dialogue;

    DialogueFixtures(ProjectFixtures projects, ProjectsManagement management, DialogueManagement dialogue) {
        this.projects = projects;
        this.management = management;
        this.dialogue = dialogue;
    }

    /** A supplier company and one person with the supplier role in it. */
    public record Supplier(OrganisationId company, ProjectFixtures.Person person) {}

    public Supplier supplier(String companyName) {
        OrganisationId company = projects.company(companyName);
        return new Supplier(company, projects.person(company, "Selma Selger", Role.SUPPLIER));
    }

    /** A project that has reached roadmap step 3, market dialogue. */
    public ProjectId projectInMarketDialogue(ProjectFixtures.Org org, String title) {
        ProjectId project = projects.project(org, title);
        projects.signedMandate(org, project);
        for (int step = 1; step < RoadmapStep.MARKET_DIALOGUE.number(); step++) {
            projects.tickRequired(org, project, RoadmapStep.of(step));
            management.completeStep(project, RoadmapStep.of(step), org.buyer().user());
        }
        return project;
    }

    public static AnnouncementFacts facts(String title, Instant deadline) {
        LocalDate today = LocalDate.now();
        return new AnnouncementFacts(
                title,
                "Hjemmetjenesten oppdager fall om natten for sent, og vi vil høre hva markedet kan gjøre med det.",
                List.of(CpvCode.of("33195000"), CpvCode.of("72000000")),
                NutsCode.of("NO081"),
                deadline,
                today.plusDays(40),
                today.plusDays(50),
                today.plusDays(35),
                "Rådhuset og digitalt",
                "Berit Innkjøper",
                "berit@kommune.example");
    }

    public static AnnouncementFacts facts(String title) {
        return facts(title, Instant.now().plus(30, ChronoUnit.DAYS));
    }

    public AnnouncementId draft(ProjectFixtures.Org org, String title) {
        ProjectId project = projectInMarketDialogue(org, "Prosjekt for " + title);
        return dialogue.draft(project, facts(title), org.buyer().user());
    }

    public AnnouncementId published(ProjectFixtures.Org org, String title) {
        AnnouncementId id = draft(org, title);
        dialogue.publish(id, org.buyer().user());
        return id;
    }

    /** Registers the supplier's company and asks a question. */
    public QuestionId question(AnnouncementId announcement, Supplier supplier, String text) {
        dialogue.register(announcement, List.of(), supplier.person().user());
        return dialogue.ask(announcement, text, supplier.person().user());
    }
}
