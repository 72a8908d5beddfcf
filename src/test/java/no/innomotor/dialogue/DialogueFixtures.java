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
    private final DialogueAttachments attachments;
    private final ConferenceManagement conferences;
    private final DraftDocuments drafts;

    DialogueFixtures(
            ProjectFixtures projects,
            ProjectsManagement management,
            DialogueManagement dialogue,
            DialogueAttachments attachments,
            ConferenceManagement conferences,
            DraftDocuments drafts) {
        this.projects = projects;
        this.management = management;
        this.dialogue = dialogue;
        this.attachments = attachments;
        this.conferences = conferences;
        this.drafts = drafts;
    }

    /** A small plain-text file, as a person would upload it. */
    public static Upload textFile(String name, String text) {
        return new Upload(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A public file of the announcement, added by its team. */
    public AttachmentId announcementFile(ProjectFixtures.Org org, AnnouncementId announcement) {
        return attachments
                .addToAnnouncement(
                        announcement,
                        List.of(textFile("program.txt", "Program for markedsdialogen.")),
                        org.buyer().user())
                .get(0);
    }

    /** Sets up the announcement's conference: {@code capacity} persons, at most {@code perCompany} per company. */
    public void conference(ProjectFixtures.Org org, AnnouncementId announcement, int capacity, int perCompany) {
        conferences.schedule(
                announcement, plan(capacity, perCompany), null, org.buyer().user());
    }

    public static ConferencePlan plan(int capacity, int perCompany) {
        return new ConferencePlan(
                LocalDate.now().plusDays(20),
                java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(12, 0),
                "Rådhuset",
                true,
                capacity,
                perCompany,
                List.of(new AgendaItem(java.time.LocalTime.of(9, 0), "Velkommen")));
    }

    /** A draft document out for comment for a month, with one file. */
    public DraftId draftDocument(ProjectFixtures.Org org, AnnouncementId announcement, String title) {
        return drafts.publish(
                announcement,
                new DraftFacts(
                        title, "Utkast til kravspesifikasjon.", Instant.now().plus(30, ChronoUnit.DAYS)),
                List.of(textFile("kravspesifikasjon.txt", "Krav 1: varsling uten kamera.")),
                org.buyer().user());
    }

    /** Registers the supplier's company for the dialogue, with nobody named. */
    public void register(AnnouncementId announcement, Supplier supplier) {
        dialogue.register(announcement, List.of(), supplier.person().user());
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
