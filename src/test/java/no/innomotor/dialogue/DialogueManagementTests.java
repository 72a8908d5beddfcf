package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innomotor.audit.AuditManagement;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityFilter;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.work.WorkItem;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The market dialogue through its services, from the buyer's and the suppliers' side. */
@InnomotorTest
class DialogueManagementTests {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    DialogueQueries queries;

    @Autowired
    NoticesManagement notices;

    @Autowired
    DialoguePendingWork pendingWork;

    @Autowired
    AuditManagement audit;

    Org buyer;
    Org otherBuyer;

    @BeforeEach
    void organisations() {
        buyer = projects.municipality("Dialogvik kommune");
        otherBuyer = projects.municipality("Annenby kommune");
    }

    private List<Opportunity> listed(String title) {
        return notices
                .search(new OpportunityFilter(null, null, NoticeKind.CONSULTATION, null, false, title), 0, 20)
                .getContent()
                .stream()
                .filter(o -> o.titles().containsValue(title))
                .toList();
    }

    @Test
    void aBuyerDraftsFromStepThreeAndPublishingListsTheAnnouncementAmongTheOpportunities() {
        String title = "Markedsdialog om sensorer i omsorgsboliger " + System.nanoTime();
        AnnouncementId id = fixtures.draft(buyer, title);
        assertThat(listed(title)).as("a draft is not listed").isEmpty();

        dialogue.publish(id, buyer.buyer().user());

        assertThat(listed(title)).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(NoticeKind.CONSULTATION);
            assertThat(o.sourceUrl()).isEqualTo("/announcements/" + id);
            assertThat(o.buyers())
                    .singleElement()
                    .satisfies(b -> assertThat(b.name()).isEqualTo("Dialogvik kommune"));
            assertThat(o.cpvScope().stream().map(c -> c.value())).contains("33195000", "33000000");
            assertThat(o.deadline()).isNotNull();
            assertThat(o.cancelled()).isFalse();
        });
        assertThat(audit.timeline("announcement", id.toString()).stream().map(e -> e.action()))
                .contains("announcement.drafted", "announcement.published");

        dialogue.withdraw(
                id,
                queries.announcement(id, buyer.buyer().user()).version(),
                buyer.buyer().user());
        assertThat(listed(title))
                .singleElement()
                .satisfies(o -> assertThat(o.cancelled()).isTrue());
    }

    @Test
    void aProjectBeforeStepThreeCannotAnnounceAndAnotherOrganisationsProjectIsNotFound() {
        ProjectId early = projects.project(buyer, "Tidlig prosjekt");
        assertThatThrownBy(() -> dialogue.draft(
                        early,
                        DialogueFixtures.facts("For tidlig"),
                        buyer.buyer().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.error.stepTooEarly"));
        ProjectId ready = fixtures.projectInMarketDialogue(buyer, "Klart prosjekt");
        assertThatThrownBy(() -> dialogue.draft(
                        ready,
                        DialogueFixtures.facts("Fremmed"),
                        otherBuyer.buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> dialogue.draft(
                        ready, DialogueFixtures.facts("Leder"), buyer.leader().user()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDraftIsSeenByTheTeamOnlyAndAPublishedOneByAnyone() {
        AnnouncementId id = fixtures.draft(buyer, "Utkast om nattsensorer");
        Supplier supplier = fixtures.supplier("Nysgjerrig AS");

        assertThat(queries.announcement(id, buyer.buyer().user()).team()).isTrue();
        assertThatThrownBy(() -> queries.announcement(id, null)).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> queries.announcement(id, supplier.person().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> queries.announcement(id, otherBuyer.buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(
                        () -> dialogue.register(id, List.of(), supplier.person().user()))
                .isInstanceOf(DomainException.NotFound.class);

        dialogue.publish(id, buyer.buyer().user());

        assertThat(queries.announcement(id, null).reader()).isEqualTo(AnnouncementView.Reader.PUBLIC);
        assertThat(queries.announcement(id, supplier.person().user()).reader())
                .isEqualTo(AnnouncementView.Reader.SUPPLIER);
        assertThatThrownBy(() -> dialogue.publish(id, otherBuyer.buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void aCompanyRegistersOnceWithItsParticipantsAndMayCancel() {
        AnnouncementId id = fixtures.published(buyer, "Påmelding til dialog");
        Supplier supplier = fixtures.supplier("Påmeldt AS");

        dialogue.register(
                id,
                List.of(new Participant("Sara Sensor", "sara@paameldt.example")),
                supplier.person().user());

        assertThat(queries.announcement(id, supplier.person().user()).registration())
                .hasValueSatisfying(r -> assertThat(r.participants())
                        .containsExactly(new Participant("Sara Sensor", "sara@paameldt.example")));
        assertThat(queries.registrations(id, buyer.buyer().user()))
                .singleElement()
                .satisfies(r -> assertThat(r.companyName()).isEqualTo("Påmeldt AS"));
        assertThat(queries.registrations(id, supplier.person().user())).isEmpty();
        assertThatThrownBy(
                        () -> dialogue.register(id, List.of(), supplier.person().user()))
                .isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> dialogue.register(
                        id,
                        List.of(new Participant("Uten adresse", "")),
                        fixtures.supplier("Feil AS").person().user()))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("participants"));

        dialogue.cancelRegistration(id, supplier.person().user());

        assertThat(queries.announcement(id, supplier.person().user()).registration())
                .isEmpty();
        assertThat(audit.timeline("announcement", id.toString()).stream().map(e -> e.action()))
                .contains("announcement.interest-registered", "announcement.registration-cancelled");
    }

    @Test
    void twoPeopleOfOneCompanyRegisteringAtOnceMakeOneRegistration() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Samtidig påmelding");
        Supplier first = fixtures.supplier("Samtidig AS");
        ProjectFixtures.Person second =
                projects.person(first.company(), "Kollega Samtidig", no.innomotor.shared.security.Role.SUPPLIER);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (ProjectFixtures.Person person : List.of(first.person(), second)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        dialogue.register(id, List.of(), person.user());
                        return "registered";
                    } catch (DomainException.Conflict conflict) {
                        return conflict.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> results = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("registered", "dialogue.error.alreadyRegistered");
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries.registrations(id, buyer.buyer().user())).hasSize(1);
    }

    @Test
    void questionsAndInputComeOnlyFromRegisteredCompanies() {
        AnnouncementId id = fixtures.published(buyer, "Bare påmeldte spør");
        Supplier supplier = fixtures.supplier("Ikke påmeldt AS");

        assertThatThrownBy(
                        () -> dialogue.ask(id, "Et spørsmål?", supplier.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.error.notRegistered"));
        assertThatThrownBy(() ->
                        dialogue.sendInput(id, "Et innspill", supplier.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.error.notRegistered"));
        assertThatThrownBy(
                        () -> dialogue.ask(id, "Jeg er innkjøper", buyer.buyer().user()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnansweredQuestionIsSeenOnlyByTheTeamAndTheAskingCompany() {
        AnnouncementId id = fixtures.published(buyer, "Likebehandling av spørsmål");
        Supplier asker = fixtures.supplier("Spør AS");
        Supplier colleague = new Supplier(
                asker.company(),
                projects.person(asker.company(), "Kollega", no.innomotor.shared.security.Role.SUPPLIER));
        Supplier competitor = fixtures.supplier("Konkurrent AS");
        dialogue.register(id, List.of(), competitor.person().user());
        QuestionId question = fixtures.question(id, asker, "Kan vi levere uten kamera?");

        assertThat(queries.questions(id, buyer.buyer().user()))
                .singleElement()
                .satisfies(q -> assertThat(q.askedBy()).contains("Spør AS"));
        assertThat(queries.questions(id, colleague.person().user()))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.own()).isTrue();
                    assertThat(q.askedBy()).isEmpty();
                });
        assertThat(queries.questions(id, competitor.person().user())).isEmpty();
        assertThat(queries.questions(id, otherBuyer.buyer().user())).isEmpty();
        assertThat(queries.questions(id, null)).isEmpty();

        dialogue.takeUp(question, buyer.buyer().user());
        assertThat(queries.questions(id, null)).isEmpty();

        dialogue.answer(question, "Ja, kamera er ikke et krav.", buyer.buyer().user());

        assertThat(queries.questions(id, null)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Kan vi levere uten kamera?");
            assertThat(q.answer()).contains("Ja, kamera er ikke et krav.");
            assertThat(q.askedBy()).isEmpty();
            assertThat(q.own()).isFalse();
        });
        assertThat(queries.questions(id, competitor.person().user()))
                .singleElement()
                .satisfies(q -> assertThat(q.own()).isFalse());
    }

    @Test
    void aDuplicateIsAnsweredWithItsMainQuestionAndItsOwnTextStaysPrivate() {
        AnnouncementId id = fixtures.published(buyer, "Like spørsmål");
        Supplier first = fixtures.supplier("Først AS");
        Supplier second = fixtures.supplier("Nummer to AS");
        QuestionId main = fixtures.question(id, first, "Hvor mange boliger?");
        QuestionId duplicate = fixtures.question(id, second, "Hvor mange hjem omfatter det?");

        dialogue.bundle(duplicate, main, buyer.buyer().user());
        assertThatThrownBy(() -> dialogue.bundle(main, duplicate, buyer.buyer().user()))
                .isInstanceOf(DomainException.RuleBroken.class);
        dialogue.answer(main, "Omtrent tjue.", buyer.buyer().user());

        assertThat(queries.questions(id, null))
                .singleElement()
                .satisfies(q -> assertThat(q.id()).isEqualTo(main));
        assertThat(queries.questions(id, second.person().user()))
                .extracting(
                        QuestionView::id, QuestionView::state, q -> q.answer().orElse(""))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(main, QuestionState.ANSWERED, "Omtrent tjue."),
                        org.assertj.core.groups.Tuple.tuple(duplicate, QuestionState.ANSWERED, "Omtrent tjue."));
        assertThat(queries.questions(id, first.person().user()))
                .extracting(QuestionView::text)
                .doesNotContain("Hvor mange hjem omfatter det?");
    }

    @Test
    void writtenInputIsReadByTheTeamAndTheSendingCompanyOnly() {
        AnnouncementId id = fixtures.published(buyer, "Fortrolige innspill");
        Supplier sender = fixtures.supplier("Sender AS");
        Supplier competitor = fixtures.supplier("Nabo AS");
        dialogue.register(id, List.of(), sender.person().user());
        dialogue.register(id, List.of(), competitor.person().user());

        dialogue.sendInput(
                id, "Vår pris er en forretningshemmelighet.", sender.person().user());

        assertThat(queries.inputs(id, buyer.buyer().user()))
                .singleElement()
                .satisfies(input -> assertThat(input.company()).isEqualTo("Sender AS"));
        assertThat(queries.inputs(id, sender.person().user())).hasSize(1);
        assertThat(queries.inputs(id, competitor.person().user())).isEmpty();
        assertThat(queries.inputs(id, otherBuyer.buyer().user())).isEmpty();
        assertThat(queries.inputs(id, buyer.leader().user()))
                .as("a top leader is not on the team")
                .isEmpty();
        assertThat(queries.inputs(id, null)).isEmpty();
    }

    @Test
    void registrationAndQuestionsCloseAfterTheInterestDeadline() throws InterruptedException {
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Kort frist");
        Instant deadline = Instant.now().plus(2, ChronoUnit.SECONDS);
        AnnouncementId id = dialogue.draft(
                project,
                DialogueFixtures.facts("Kort frist", deadline),
                buyer.buyer().user());
        dialogue.publish(id, buyer.buyer().user());
        Supplier early = fixtures.supplier("Tidlig ute AS");
        dialogue.register(id, List.of(), early.person().user());

        Thread.sleep(Math.max(0, ChronoUnit.MILLIS.between(Instant.now(), deadline)) + 200);

        assertThat(queries.announcement(id, null).open()).isFalse();
        assertThatThrownBy(() -> dialogue.register(
                        id, List.of(), fixtures.supplier("Sent ute AS").person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.error.closed"));
        assertThatThrownBy(() -> dialogue.ask(id, "For sent?", early.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.error.closed"));
    }

    @Test
    void theTeamSeesQuestionsWaitingAndARegisteredSupplierTheDeadline() {
        AnnouncementId id = fixtures.published(buyer, "Venter på svar");
        Supplier supplier = fixtures.supplier("Venter AS");
        fixtures.question(id, supplier, "Første spørsmål?");
        dialogue.ask(id, "Andre spørsmål?", supplier.person().user());

        List<WorkItem> team = pendingWork.waitingFor(buyer.buyer().user());
        assertThat(team)
                .filteredOn(item -> item.link().startsWith("/announcements/" + id))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kindKey()).isEqualTo("dialogue.work.questionsWaiting");
                    assertThat(item.kindArguments()).containsExactly(2);
                    assertThat(item.due()).isNotNull();
                });
        assertThat(pendingWork.waitingFor(supplier.person().user()))
                .singleElement()
                .satisfies(item -> assertThat(item.kindKey()).isEqualTo("dialogue.work.deadline"));
        assertThat(pendingWork.waitingFor(otherBuyer.buyer().user())).isEmpty();
        assertThat(pendingWork.waitingFor(
                        fixtures.supplier("Ikke med AS").person().user()))
                .isEmpty();
    }
}
