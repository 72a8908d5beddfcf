package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.shared.OrganisationId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Equal treatment and confidentiality as a property (decision 0003: a seeded JUnit loop): over random suppliers,
 * announcements, registrations, questions (some answered, some bundled as duplicates) and written input, no supplier
 * ever sees another company's unanswered question or any other company's input — in the service, the API, the page
 * and the opportunity feed — and the public sees neither; no supplier that has not joined an announcement's
 * matchmaking sees another company's entry there, and no supplier ever reaches the dialogue log or its exports. Each seed names itself in the failure message.
 */
@InnomotorTest
class DialogueVisibilityPropertyTests {

    private static final long[] SEEDS = {3, 17, 2026};

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    DialogueQueries queries;

    /** A question as the test made it, with whether its own text was published (answered as a main question). */
    record Asked(QuestionId id, AnnouncementId announcement, OrganisationId company, String text, boolean published) {}

    record Sent(AnnouncementId announcement, OrganisationId company, String text) {}

    /** A company that agreed to matchmaking on an announcement, with what it wrote for the others taking part. */
    record Joined(AnnouncementId announcement, OrganisationId company, String text) {}

    @Test
    void noSupplierEverSeesAnotherCompanysUnpublishedQuestionOrAnyOtherCompanysInputOrTheLog() throws Exception {
        for (long seed : SEEDS) {
            check(seed);
        }
    }

    private void check(long seed) throws Exception {
        Random random = new Random(seed);
        Org buyer = projects.municipality("Likevik kommune " + seed);
        List<AnnouncementId> announcements = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            announcements.add(fixtures.published(buyer, "Likebehandling " + seed + "-" + i));
        }
        List<Supplier> suppliers = new ArrayList<>();
        int count = 3 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            suppliers.add(fixtures.supplier("Leverandør " + seed + "-" + i + " AS"));
        }
        Map<QuestionId, Asked> asked = new LinkedHashMap<>();
        List<Sent> sent = new ArrayList<>();
        List<Joined> joined = new ArrayList<>();
        int n = 0;
        for (AnnouncementId announcement : announcements) {
            for (Supplier supplier : suppliers) {
                if (random.nextInt(10) < 3) {
                    continue; // not registered for this one
                }
                dialogue.register(announcement, List.of(), supplier.person().user());
                for (int q = random.nextInt(3); q > 0; q--) {
                    String text = "Hemmelig spørsmål " + seed + "x" + (n++) + " om driften";
                    QuestionId id =
                            dialogue.ask(announcement, text, supplier.person().user());
                    asked.put(id, new Asked(id, announcement, supplier.company(), text, false));
                }
                if (random.nextInt(3) == 0) {
                    String text = "Partnerønske " + seed + "x" + (n++) + " for konsortium";
                    dialogue.joinMatchmaking(
                            announcement,
                            text,
                            supplier.person().email(),
                            supplier.person().user());
                    joined.add(new Joined(announcement, supplier.company(), text));
                }
                if (random.nextBoolean()) {
                    String text = "Fortrolig innspill " + seed + "x" + (n++) + " med priser";
                    dialogue.sendInput(announcement, text, supplier.person().user());
                    sent.add(new Sent(announcement, supplier.company(), text));
                }
            }
        }
        // The team bundles some questions into an earlier one of the same announcement and answers some main ones.
        List<Asked> all = new ArrayList<>(asked.values());
        for (int i = 0; i < all.size(); i++) {
            Asked question = all.get(i);
            int choice = random.nextInt(4);
            if (choice == 0
                    && i > 0
                    && all.get(i - 1).announcement().equals(question.announcement())
                    && !isDuplicate(all.get(i - 1), asked)) {
                dialogue.bundle(
                        question.id(), all.get(i - 1).id(), buyer.buyer().user());
                asked.put(
                        question.id(),
                        new Asked(question.id(), question.announcement(), question.company(), question.text(), false));
                duplicates.add(question.id());
            } else if (choice == 1 && !duplicates.contains(question.id())) {
                dialogue.answer(
                        question.id(),
                        "Svar " + seed + " på " + question.text(),
                        buyer.buyer().user());
                asked.put(
                        question.id(),
                        new Asked(question.id(), question.announcement(), question.company(), question.text(), true));
            }
        }
        Supplier outsider = fixtures.supplier("Utenforstående " + seed + " AS");
        List<Supplier> readers = new ArrayList<>(suppliers);
        readers.add(outsider);
        int ownSeen = 0;
        for (AnnouncementId announcement : announcements) {
            for (Supplier reader : readers) {
                List<String> forbidden = forbidden(announcement, reader.company(), asked, sent);
                forbidden.addAll(unseenMatchmaking(announcement, reader.company(), joined));
                String context = "seed " + seed + ", " + reader.company() + " on " + announcement;
                for (QuestionView q :
                        queries.questions(announcement, reader.person().user())) {
                    Asked made = asked.get(q.id());
                    assertThat(made.published() || made.company().equals(reader.company()))
                            .as(context + ": question " + q.text())
                            .isTrue();
                    assertThat(q.askedBy()).as(context).isEmpty();
                    ownSeen += q.own() ? 1 : 0;
                }
                assertThat(queries.inputs(announcement, reader.person().user()))
                        .as(context)
                        .allSatisfy(input ->
                                assertThat(sent).contains(new Sent(announcement, reader.company(), input.text())));
                String path = "/announcements/" + announcement;
                for (String answer : List.of(
                        read(get(path), reader.person().details()),
                        read(get("/api/v1" + path), reader.person().details()),
                        read(
                                get("/api/v1" + path + "/questions"),
                                reader.person().details()),
                        read(get("/api/v1" + path + "/inputs"), reader.person().details()))) {
                    for (String secret : forbidden) {
                        assertThat(answer).as(context + ": " + secret).doesNotContain(secret);
                    }
                }
                boolean inMatchmaking = joined.stream()
                        .anyMatch(j -> j.announcement().equals(announcement)
                                && j.company().equals(reader.company()));
                assertThat(queries.matchmaking(announcement, reader.person().user())
                                .partners())
                        .as(context + ": the matchmaking list")
                        .allSatisfy(partner -> assertThat(inMatchmaking).isTrue());
                for (String log : List.of("/log", "/log.pdf", "/log.xlsx")) {
                    assertThat(mvc.perform(get(path + log)
                                            .with(user(reader.person().details())))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus())
                            .as(context + ": " + log)
                            .isEqualTo(404);
                }
            }
            List<String> secrets = forbidden(announcement, null, asked, sent);
            joined.forEach(j -> secrets.add(j.text()));
            for (String answer : List.of(
                    read(get("/announcements/" + announcement), null),
                    read(get("/api/v1/announcements/" + announcement + "/questions"), null),
                    read(get("/opportunities/feed.atom"), null))) {
                for (String secret : secrets) {
                    assertThat(answer)
                            .as("seed " + seed + ", the public: " + secret)
                            .doesNotContain(secret);
                }
            }
        }
        assertThat(ownSeen)
                .as("seed " + seed + ": suppliers see their own questions")
                .isEqualTo(asked.size());
        duplicates.clear();
    }

    private final java.util.Set<QuestionId> duplicates = new java.util.HashSet<>();

    private boolean isDuplicate(Asked question, Map<QuestionId, Asked> asked) {
        return duplicates.contains(question.id());
    }

    /** What this reader (null: the public) must never read: others' unpublished questions and others' input. */
    private static List<String> forbidden(
            AnnouncementId announcement, OrganisationId reader, Map<QuestionId, Asked> asked, List<Sent> sent) {
        List<String> secrets = new ArrayList<>();
        for (Asked q : asked.values()) {
            if (!q.published() && !q.company().equals(reader)) {
                secrets.add(q.text());
            }
        }
        for (Sent input : sent) {
            if (!input.company().equals(reader)) {
                secrets.add(input.text());
            }
        }
        return secrets;
    }

    /**
     * The matchmaking texts this reader must not read on the announcement's page: every other company's there when
     * the reader's company has not joined it, and every text of another announcement's matchmaking.
     */
    private static List<String> unseenMatchmaking(
            AnnouncementId announcement, OrganisationId reader, List<Joined> joined) {
        boolean in = joined.stream()
                .anyMatch(j ->
                        j.announcement().equals(announcement) && j.company().equals(reader));
        return joined.stream()
                .filter(j -> !j.announcement().equals(announcement)
                        || (!in && !j.company().equals(reader)))
                .map(Joined::text)
                .toList();
    }

    private String read(MockHttpServletRequestBuilder request, UserDetails person) throws Exception {
        if (person != null) {
            request.with(user(person));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
