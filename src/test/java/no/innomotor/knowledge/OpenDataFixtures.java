package no.innomotor.knowledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.benefits.BenefitFiguresChanged;
import no.innomotor.benefits.BenefitType;
import no.innomotor.benefits.TrajectoryStatus;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.RiskReliefFixtures;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.shared.Money;
import no.innomotor.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Open-data test worlds built through the real services: a buyer with an open project (signed mandate), a draft, and
 * a project with a published market dialogue that a supplier registered for and asked an unpublished question in,
 * granted risk relief; benefit figures as the knowledge module's copy. Every call makes new, uniquely numbered data.
 * The people carry names and e-mail addresses that must never reach open data.
 */
@Component
public class OpenDataFixtures {

    /** Names written into the world that no open output may hold. */
    public static final String BUYER_NAME = "Hemmelig Innkjøpersen";

    public static final String LEADER_NAME = "Skjult Ledersen";
    public static final String SUPPLIER_NAME = "Privat Selgersen";
    public static final String QUESTION = "Upublisert spørsmål om sensorenes batteritid";
    public static final String HIDDEN_BENEFIT = "Skjult gevinsttittel for ikke-utstilt prosjekt";
    public static final String SHOWN_BENEFIT = "Færre fall om natten";

    private final ProjectFixtures projects;
    private final DialogueFixtures dialogues;
    private final DialogueManagement dialogue;
    private final RiskReliefFixtures riskRelief;
    private final ProjectBenefitsRepository benefits;

    OpenDataFixtures(
            ProjectFixtures projects,
            DialogueFixtures dialogues,
            DialogueManagement dialogue,
            RiskReliefFixtures riskRelief,
            ProjectBenefitsRepository benefits) {
        this.projects = projects;
        this.dialogues = dialogues;
        this.dialogue = dialogue;
        this.riskRelief = riskRelief;
        this.benefits = benefits;
    }

    public record World(
            ProjectFixtures.Org org,
            ProjectId signed,
            ProjectId draft,
            ProjectId inDialogue,
            AnnouncementId announcement,
            DialogueFixtures.Supplier supplier,
            List<String> secrets) {}

    public World world(String municipality) {
        ProjectFixtures.Org base = projects.municipality(municipality);
        ProjectFixtures.Person buyer = projects.person(base.id(), BUYER_NAME, Role.BUYER);
        ProjectFixtures.Person leader = projects.person(base.id(), LEADER_NAME, Role.TOP_LEADER);
        ProjectFixtures.Org org = new ProjectFixtures.Org(base.id(), base.name(), buyer, leader);

        ProjectId signed = projects.project(org, "Åpent prosjekt i " + municipality);
        projects.signedMandate(org, signed);
        ProjectId draft = projects.project(org, "Utkast i " + municipality);

        ProjectId inDialogue = dialogues.projectInMarketDialogue(org, "Dialogprosjekt i " + municipality);
        AnnouncementId announcement = dialogue.draft(
                inDialogue,
                DialogueFixtures.facts("Dialog i " + municipality),
                org.buyer().user());
        dialogue.publish(announcement, org.buyer().user());
        var company = projects.company("Leverandør for " + municipality);
        ProjectFixtures.Person seller = projects.person(company, SUPPLIER_NAME, Role.SUPPLIER);
        DialogueFixtures.Supplier supplier = new DialogueFixtures.Supplier(company, seller);
        dialogues.question(announcement, supplier, QUESTION);

        RiskReliefFixtures.Actor actor = riskRelief.actor("Garantist for " + municipality);
        SchemeId scheme = riskRelief.published(actor, "Risikoavlastning " + municipality, 5_000_000);
        riskRelief.approved(actor, scheme, inDialogue, org.buyer().user(), 400_000);

        benefits.save(new ProjectBenefits(figures(org, signed, HIDDEN_BENEFIT, false), Instant.now()));
        benefits.save(new ProjectBenefits(figures(org, inDialogue, SHOWN_BENEFIT, true), Instant.now()));

        List<String> secrets = List.of(
                BUYER_NAME,
                LEADER_NAME,
                SUPPLIER_NAME,
                buyer.email(),
                leader.email(),
                seller.email(),
                QUESTION,
                HIDDEN_BENEFIT,
                // The announcement's contact, and what the draft project is called.
                "Berit Innkjøper",
                "berit@kommune.example",
                "Utkast i " + municipality);
        return new World(org, signed, draft, inDialogue, announcement, supplier, secrets);
    }

    private static BenefitFiguresChanged figures(
            ProjectFixtures.Org org, ProjectId project, String title, boolean showcased) {
        return new BenefitFiguresChanged(
                org.id(),
                project,
                List.of(
                        new BenefitFiguresChanged.Figure(
                                "b1",
                                title,
                                BenefitType.EFFICIENCY,
                                "Kroner spart per år",
                                "kr",
                                BigDecimal.ZERO,
                                new BigDecimal("500000"),
                                LocalDate.of(2028, 12, 31),
                                new BigDecimal("200000"),
                                LocalDate.of(2027, 6, 30),
                                TrajectoryStatus.ON_TRACK,
                                Money.nok(500_000),
                                Money.nok(200_000)),
                        new BenefitFiguresChanged.Figure(
                                "b2",
                                title + " (kvalitet)",
                                BenefitType.QUALITY,
                                "Fall per måned",
                                "fall",
                                new BigDecimal("40"),
                                new BigDecimal("20"),
                                LocalDate.of(2028, 12, 31),
                                null,
                                null,
                                TrajectoryStatus.NOT_MEASURED,
                                null,
                                null)),
                showcased);
    }
}
