package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.shared.DomainException;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every contact with a supplier, and everything shared with all, leaves one line in the dialogue log. */
@InnomotorTest
class DialogueLogTests {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    DialogueQueries queries;

    Org buyer;

    @BeforeEach
    void organisation() {
        buyer = projects.municipality("Loggvik kommune");
    }

    private List<LogLine> log(AnnouncementId id) {
        return queries.log(id, buyer.buyer().user());
    }

    @Test
    void publishingAndWithdrawingAreLinesToAllInTheTeamMembersName() {
        AnnouncementId id = fixtures.draft(buyer, "Logget kunngjøring");
        assertThat(log(id)).as("a draft has no contact yet").isEmpty();

        dialogue.publish(id, buyer.buyer().user());
        dialogue.withdraw(
                id,
                queries.announcement(id, buyer.buyer().user()).version(),
                buyer.buyer().user());

        assertThat(log(id))
                .extracting(LogLine::kind)
                .containsExactly(LogKind.ANNOUNCEMENT_PUBLISHED, LogKind.ANNOUNCEMENT_WITHDRAWN);
        assertThat(log(id)).allSatisfy(line -> {
            assertThat(line.companyId()).as("shared with all").isNull();
            assertThat(line.personId()).isEqualTo(buyer.buyer().id().value());
            assertThat(line.personName()).isNotBlank();
        });
        assertThat(log(id).get(0).text()).isEqualTo("Logget kunngjøring");
    }

    @Test
    void registeringAskingSendingInputAndCancellingAreLinesOfTheCompanyWithTheirFullText() {
        AnnouncementId id = fixtures.published(buyer, "Loggført dialog");
        Supplier supplier = fixtures.supplier("Loggført Æøå AS");

        dialogue.register(
                id,
                List.of(
                        new Participant("Åse Ærlig", "ase@loggfort.example"),
                        new Participant("Øyvind Ørn", "oyvind@loggfort.example")),
                supplier.person().user());
        QuestionId question = dialogue.ask(
                id, "Hvor mange boliger er med i piloten?", supplier.person().user());
        InputId input = dialogue.sendInput(
                id,
                "Vi foreslår en pilot i 20 boliger.\nPrisene er forretningshemmeligheter.",
                supplier.person().user());
        dialogue.cancelRegistration(id, supplier.person().user());

        List<LogLine> lines =
                log(id).stream().filter(line -> line.companyId() != null).toList();
        assertThat(lines)
                .extracting(LogLine::kind)
                .containsExactly(
                        LogKind.INTEREST_REGISTERED,
                        LogKind.QUESTION_ASKED,
                        LogKind.INPUT_SENT,
                        LogKind.REGISTRATION_CANCELLED);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.companyId()).isEqualTo(supplier.company().value());
            assertThat(line.companyName()).isEqualTo("Loggført Æøå AS");
            assertThat(line.personId()).isEqualTo(supplier.person().id().value());
            assertThat(line.personName()).isEqualTo("Selma Selger");
        });
        assertThat(lines.get(0).text())
                .contains("Åse Ærlig", "ase@loggfort.example", "Øyvind Ørn", "oyvind@loggfort.example");
        assertThat(lines.get(1).text()).isEqualTo("Hvor mange boliger er med i piloten?");
        assertThat(lines.get(1).referenceId()).isEqualTo(question.value());
        assertThat(lines.get(2).text())
                .isEqualTo("Vi foreslår en pilot i 20 boliger.\nPrisene er forretningshemmeligheter.");
        assertThat(lines.get(2).referenceId()).isEqualTo(input.value());
    }

    @Test
    void anAnswerIsOneLineToAllWithTheQuestionItsBundledDuplicatesAndTheAnswer() {
        AnnouncementId id = fixtures.published(buyer, "Svar i loggen");
        QuestionId main = fixtures.question(id, fixtures.supplier("Spør først AS"), "Må vi bruke kommunens mottak?");
        QuestionId duplicate = fixtures.question(id, fixtures.supplier("Spør igjen AS"), "Gjelder dagens alarmmottak?");
        dialogue.bundle(duplicate, main, buyer.buyer().user());

        dialogue.answer(
                main,
                "Ja, varsler går til kommunens alarmmottak.",
                buyer.buyer().user());

        assertThat(log(id).stream().filter(line -> line.kind() == LogKind.ANSWER_PUBLISHED))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.companyId()).as("an answer goes to all").isNull();
                    assertThat(line.referenceId()).isEqualTo(main.value());
                    assertThat(line.text())
                            .contains(
                                    "Må vi bruke kommunens mottak?",
                                    "Gjelder dagens alarmmottak?",
                                    "Ja, varsler går til kommunens alarmmottak.");
                });
    }

    @Test
    void theLogIsTheTeamsAloneAndNotFoundForEveryoneElse() {
        AnnouncementId id = fixtures.published(buyer, "Lukket logg");
        Supplier supplier = fixtures.supplier("Nysgjerrig logg AS");
        fixtures.question(id, supplier, "Et spørsmål i loggen");

        assertThat(log(id)).hasSize(3);
        assertThatThrownBy(() -> queries.log(id, supplier.person().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> queries.log(
                        id, projects.municipality("Annen logg kommune").buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> queries.log(id, buyer.leader().user())).isInstanceOf(DomainException.NotFound.class);
    }
}
