package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.projects.ConsultationNoticeDetails;
import no.innomotor.projects.ConsultationNoticeManagement;
import no.innomotor.projects.ConsultationNoticeView;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.testing.InnomotorTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The project's eForms market-consultation notice is fed from its published announcement: what the buyer left empty
 * in the notice data comes from the announcement (title, need, CPV, place, deadline, dialogue period, contact, its
 * public page as the address to respond to); what the buyer wrote stays.
 */
@InnomotorTest
class AnnouncementConsultationNoticeTests {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    ConsultationNoticeManagement notices;

    @Value("${innomotor.base-url}")
    String baseUrl;

    private static ConsultationNoticeDetails buyerData(
            MarketConsultationNoticeType type, @Nullable String contactEmail) {
        return new ConsultationNoticeDetails(
                type,
                List.of(MarketConsultationLanguage.NORWEGIAN, MarketConsultationLanguage.ENGLISH),
                null,
                contactEmail,
                "67 50 00 00",
                "Sandvika",
                "1337",
                "NO081",
                null,
                "Night-time safety for older people living at home",
                null,
                "We want to hear from the market about preventing and detecting falls at night.",
                null,
                null,
                null,
                LocalDate.now().plusMonths(4),
                null,
                "Oslo tingrett",
                "926725939",
                "Oslo",
                "0151",
                "NO081");
    }

    @Test
    void theNoticeCarriesWhatTheAnnouncementPublishedWhereTheBuyerLeftFieldsEmpty() {
        Org buyer = projects.municipality("Kunngjøringsvik kommune");
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Nattlig tilsyn");
        Instant deadline = Instant.now().plus(20, ChronoUnit.DAYS);
        AnnouncementFacts facts = DialogueFixtures.facts("Markedsdialog om nattlig tilsyn", deadline);
        AnnouncementId id = dialogue.draft(project, facts, buyer.buyer().user());

        // Before publication the notice knows nothing of the draft.
        assertThat(notices.view(project, buyer.buyer().user()).dialogue()).isNull();

        dialogue.publish(id, buyer.buyer().user());
        notices.save(
                project,
                buyerData(MarketConsultationNoticeType.PRE_MARKET_CONSULTATION, null),
                ConsultationNoticeManagement.NEW,
                buyer.buyer().user());

        ConsultationNoticeView view = notices.view(project, buyer.buyer().user());
        assertThat(view.dialogue()).isNotNull();
        assertThat(view.details().titleNorwegian()).isEqualTo("Markedsdialog om nattlig tilsyn");
        assertThat(view.details().descriptionNorwegian()).isEqualTo(facts.need());
        assertThat(view.details().contactEmail()).isEqualTo("berit@kommune.example");
        assertThat(view.details().responseDeadline()).isEqualTo(LocalDate.ofInstant(deadline, NorwegianTime.ZONE));
        assertThat(view.details().dialogueEnd()).isEqualTo(facts.meetingsTo());
        assertThat(view.details().responseUrl()).isEqualTo(baseUrl.replaceAll("/$", "") + "/announcements/" + id);
        assertThat(view.cpvCodes()).containsExactlyElementsOf(facts.cpvCodes());
        assertThat(view.checklist()).isEmpty();

        String xml = new String(notices.export(project, buyer.buyer().user()).xml(), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("Markedsdialog om nattlig tilsyn")
                .contains("berit@kommune.example")
                .contains("/announcements/" + id)
                .contains(">33195000<")
                .contains(LocalDate.ofInstant(deadline, NorwegianTime.ZONE).toString());
    }

    @Test
    void whatTheBuyerWroteInTheNoticeDataWins() {
        Org buyer = projects.municipality("Egenvik kommune");
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Nattlig tilsyn");
        AnnouncementId id = dialogue.draft(
                project,
                DialogueFixtures.facts("Markedsdialog i Egenvik"),
                buyer.buyer().user());
        dialogue.publish(id, buyer.buyer().user());
        notices.save(
                project,
                buyerData(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "innkjop@egenvik.example"),
                ConsultationNoticeManagement.NEW,
                buyer.buyer().user());

        String xml = new String(notices.export(project, buyer.buyer().user()).xml(), StandardCharsets.UTF_8);

        assertThat(xml).contains("innkjop@egenvik.example").doesNotContain("berit@kommune.example");
    }
}
