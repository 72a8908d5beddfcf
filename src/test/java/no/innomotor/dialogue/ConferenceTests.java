package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.shared.DomainException;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dialogue conference: capacity in persons with a waiting list, promotion of the first that fit when someone
 * cancels, registration closed at the interest deadline, material and minutes for everyone registered for the
 * dialogue, and a supplier who sees only its own registration and the free places.
 */
@InnomotorTest
class ConferenceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    ConferenceManagement conferences;

    @Autowired
    DialogueLog log;

    Org buyer;
    AnnouncementId announcement;

    @BeforeEach
    void dialogue() {
        buyer = projects.municipality("Konferansevik kommune");
        announcement = fixtures.published(buyer, "Markedsdialog med konferanse");
    }

    private Supplier registered(String name) {
        Supplier supplier = fixtures.supplier(name);
        fixtures.register(announcement, supplier);
        return supplier;
    }

    private static List<Participant> people(String company, int count) {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(new Participant("Deltaker " + i + " " + company, "d" + i + "@" + company + ".example"));
        }
        return people;
    }

    private ConferenceView view(Supplier supplier) {
        return conferences.conference(announcement, supplier.person().user()).orElseThrow();
    }

    private List<LogKind> logKinds() {
        return log.lines(announcement).stream().map(LogLine::kind).toList();
    }

    @Test
    void theCapacityFillsThenTheWaitingListAndACancellationPromotesTheFirstThatFits() {
        fixtures.conference(buyer, announcement, 5, 3);
        Supplier a = registered("alfa");
        Supplier b = registered("beta");
        Supplier c = registered("gamma");
        Supplier d = registered("delta");

        assertThat(conferences.register(
                        announcement, people("alfa", 3), a.person().user()))
                .isEqualTo(SeatStatus.CONFIRMED);
        assertThat(conferences.register(
                        announcement, people("beta", 2), b.person().user()))
                .isEqualTo(SeatStatus.CONFIRMED);
        assertThat(conferences.register(
                        announcement, people("gamma", 3), c.person().user()))
                .isEqualTo(SeatStatus.WAITING);
        assertThat(conferences.register(
                        announcement, people("delta", 1), d.person().user()))
                .isEqualTo(SeatStatus.WAITING);
        assertThat(view(c).own().orElseThrow().position()).isEqualTo(1);
        assertThat(view(d).own().orElseThrow().position()).isEqualTo(2);
        assertThat(view(d).freePlaces()).isZero();

        // Beta's two places come free: gamma (three) does not fit, delta (one) does.
        conferences.cancel(announcement, b.person().user());
        assertThat(view(d).own().orElseThrow().status()).isEqualTo(SeatStatus.CONFIRMED);
        assertThat(view(c).own().orElseThrow().position()).isEqualTo(1);
        assertThat(view(c).freePlaces()).isEqualTo(1);

        // Alfa's three places: now gamma fits.
        conferences.cancel(announcement, a.person().user());
        assertThat(view(c).own().orElseThrow().status()).isEqualTo(SeatStatus.CONFIRMED);
        assertThat(view(c).freePlaces()).isEqualTo(1);
        assertThat(logKinds())
                .containsSubsequence(
                        LogKind.CONFERENCE_REGISTERED,
                        LogKind.CONFERENCE_REGISTERED,
                        LogKind.CONFERENCE_WAITING,
                        LogKind.CONFERENCE_WAITING,
                        LogKind.CONFERENCE_CANCELLED,
                        LogKind.CONFERENCE_REGISTERED,
                        LogKind.CONFERENCE_CANCELLED,
                        LogKind.CONFERENCE_REGISTERED);
    }

    @Test
    void moreCapacityGivesTheNewPlacesToTheWaitingListAndLessThanIsTakenIsRefused() {
        fixtures.conference(buyer, announcement, 2, 2);
        Supplier a = registered("eta");
        Supplier b = registered("theta");
        conferences.register(announcement, people("eta", 2), a.person().user());
        conferences.register(announcement, people("theta", 2), b.person().user());
        long version = conferences
                .conference(announcement, buyer.buyer().user())
                .orElseThrow()
                .version();

        assertThatThrownBy(() -> conferences.schedule(
                        announcement,
                        DialogueFixtures.plan(1, 1),
                        version,
                        buyer.buyer().user()))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        ex -> assertThat(ex.messageKey())
                                .isEqualTo("dialogue.conference.form.capacity.belowConfirmed"));
        conferences.schedule(
                announcement,
                DialogueFixtures.plan(4, 2),
                version,
                buyer.buyer().user());
        assertThat(view(b).own().orElseThrow().status()).isEqualTo(SeatStatus.CONFIRMED);
        assertThat(view(b).freePlaces()).isZero();
    }

    @Test
    void aCompanyRegistersOnceWithinItsMaximumAndOnlyWhenItIsInTheDialogue() {
        fixtures.conference(buyer, announcement, 10, 2);
        Supplier a = registered("epsilon");
        assertThatThrownBy(() -> conferences.register(
                        announcement, people("epsilon", 3), a.person().user()))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("dialogue.conference.register.tooManyPerCompany"));
        assertThatThrownBy(() ->
                        conferences.register(announcement, List.of(), a.person().user()))
                .isInstanceOf(AnnouncementInputRejected.class);
        conferences.register(announcement, people("epsilon", 2), a.person().user());
        assertThatThrownBy(() -> conferences.register(
                        announcement, people("epsilon", 1), a.person().user()))
                .isInstanceOf(DomainException.Conflict.class);
        Supplier outsider = fixtures.supplier("Utenfor konferansen AS");
        assertThatThrownBy(() -> conferences.register(
                        announcement, people("zeta", 1), outsider.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("dialogue.conference.error.notInDialogue"));
    }

    @Test
    void registrationClosesAtTheInterestDeadlineWithAClearMessage() throws Exception {
        AnnouncementId closing = dialogue.draft(
                fixtures.projectInMarketDialogue(buyer, "Prosjekt som stenger"),
                DialogueFixtures.facts("Stenger snart", Instant.now().plus(2, ChronoUnit.SECONDS)),
                buyer.buyer().user());
        dialogue.publish(closing, buyer.buyer().user());
        Supplier late = fixtures.supplier("Sen AS");
        fixtures.register(closing, late);
        fixtures.conference(buyer, closing, 10, 2);
        Thread.sleep(2_100);
        String page = mvc.perform(post("/announcements/" + closing + "/conference/registration")
                        .param("participants", "Lise Sen, lise@sen.example")
                        .with(csrf())
                        .with(user(late.person().details())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Påmeldingen til konferansen stengte ved fristen for å melde interesse.");
    }

    @Test
    void theCapacityHoldsUnderConcurrentRegistrations() throws Exception {
        fixtures.conference(buyer, announcement, 4, 1);
        List<Supplier> suppliers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            suppliers.add(registered("samtidig" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SeatStatus>> results = new ArrayList<>();
        try {
            for (int i = 0; i < suppliers.size(); i++) {
                Supplier s = suppliers.get(i);
                String company = "samtidig" + i;
                Callable<SeatStatus> task = () -> {
                    start.await();
                    return conferences.register(
                            announcement, people(company, 1), s.person().user());
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<SeatStatus> statuses = new ArrayList<>();
            for (Future<SeatStatus> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(SeatStatus.CONFIRMED::equals).hasSize(4);
            assertThat(statuses).filteredOn(SeatStatus.WAITING::equals).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
        ConferenceView team =
                conferences.conference(announcement, buyer.buyer().user()).orElseThrow();
        assertThat(team.confirmedPersons()).isEqualTo(4);
        assertThat(team.seats()).hasSize(8);
        assertThat(team.seats().stream().filter(SeatView::waiting).map(SeatView::position))
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void aSupplierSeesItsOwnRegistrationAndTheFreePlacesNeverTheOtherCompanies() throws Exception {
        fixtures.conference(buyer, announcement, 10, 2);
        Supplier a = registered("Synlig AS");
        Supplier b = registered("Skjult AS");
        conferences.register(
                announcement,
                List.of(new Participant("Åse Synlig", "aase@synlig.example")),
                a.person().user());
        conferences.register(
                announcement,
                List.of(new Participant("Bjørn Skjult", "bjorn@skjult.example")),
                b.person().user());

        ConferenceView seenByA = view(a);
        assertThat(seenByA.seats()).isEmpty();
        assertThat(seenByA.own().orElseThrow().participants())
                .extracting(Participant::name)
                .containsExactly("Åse Synlig");
        assertThat(seenByA.freePlaces()).isEqualTo(8);

        String page = mvc.perform(get("/announcements/" + announcement + "/conference")
                        .with(user(a.person().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Åse Synlig")
                .contains("8 ledige plasser av 10")
                .doesNotContain("Bjørn Skjult")
                .doesNotContain("Skjult AS");

        String team = mvc.perform(get("/announcements/" + announcement + "/conference")
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(team).contains("Åse Synlig").contains("Bjørn Skjult").contains("Skjult AS");

        String anonymous = mvc.perform(get("/announcements/" + announcement + "/conference"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).contains("Velkommen").doesNotContain("Åse Synlig").doesNotContain("Skjult AS");
    }

    @Test
    void minutesAndMaterialReachEveryoneInTheDialogueAndAreLogged() throws Exception {
        fixtures.conference(buyer, announcement, 10, 2);
        Supplier came = registered("Kom AS");
        Supplier absent = registered("Borte AS");
        Supplier outsider = fixtures.supplier("Utenforstående AS");
        conferences.register(announcement, people("kom", 1), came.person().user());
        conferences.publishMinutes(
                announcement,
                "Referat: kommunen presenterte behovet.",
                buyer.buyer().user());

        assertThat(view(absent).minutes()).contains("Referat: kommunen presenterte behovet.");
        assertThat(view(came).minutes()).contains("Referat: kommunen presenterte behovet.");
        assertThat(view(outsider).minutes()).isEmpty();
        assertThat(conferences.conference(announcement, null).orElseThrow().minutes())
                .isEmpty();
        assertThat(logKinds()).contains(LogKind.CONFERENCE_MINUTES);

        String page = mvc.perform(post("/announcements/" + announcement + "/conference/minutes")
                        .param("text", "")
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"text-error\"");
    }

    @Test
    void theTeamSetsUpTheConferenceThroughTheFormAndAStaleVersionIsAConflict() throws Exception {
        mvc.perform(post("/announcements/" + announcement + "/conference")
                        .param("date", "2027-01-20")
                        .param("startsAt", "09:00")
                        .param("endsAt", "08:00")
                        .param("place", "Rådhuset")
                        .param("capacity", "40")
                        .param("maxPerCompany", "3")
                        .param("agenda", "09:00 Velkommen\nKaffe uten klokkeslett")
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/announcements/" + announcement + "/conference")
                        .param("date", "2027-01-20")
                        .param("startsAt", "09:00")
                        .param("endsAt", "12:00")
                        .param("place", "Rådhuset")
                        .param("capacity", "40")
                        .param("maxPerCompany", "3")
                        .param("agenda", "09:00 Velkommen\n09:15 Behovet")
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().is3xxRedirection());
        ConferenceView view =
                conferences.conference(announcement, buyer.buyer().user()).orElseThrow();
        assertThat(view.plan().agenda()).extracting(AgendaItem::title).containsExactly("Velkommen", "Behovet");

        conferences.schedule(
                announcement,
                DialogueFixtures.plan(50, 3),
                view.version(),
                buyer.buyer().user());
        mvc.perform(post("/announcements/" + announcement + "/conference")
                        .param("date", "2027-01-20")
                        .param("startsAt", "09:00")
                        .param("endsAt", "12:00")
                        .param("place", "Rådhuset")
                        .param("capacity", "30")
                        .param("maxPerCompany", "3")
                        .param("version", Long.toString(view.version()))
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isConflict());
        Supplier supplier = registered("Ikke team AS");
        mvc.perform(get("/announcements/" + announcement + "/conference/edit")
                        .with(user(supplier.person().details())))
                .andExpect(status().isForbidden());
    }
}
