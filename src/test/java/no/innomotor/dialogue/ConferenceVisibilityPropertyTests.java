package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Confidentiality as a property (decision 0003: a seeded JUnit loop), for files, the conference and drafts: over
 * random suppliers, some registered for the dialogue, sending written input with files, registering named people for
 * a small conference (some on the waiting list) and commenting on a draft, no supplier ever sees another company's
 * input file (in the service, on the announcement page or by download), conference registration (its people, its
 * company's name, its place on the waiting list) or draft comment — and the public sees none of them. Each seed names
 * itself in the failure message.
 */
@InnomotorTest
class ConferenceVisibilityPropertyTests {

    private static final long[] SEEDS = {5, 23, 2027};

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueAttachments attachments;

    @Autowired
    ConferenceManagement conferences;

    @Autowired
    DraftDocuments drafts;

    /** What one company did, with the secrets only it and the team may see. */
    record Acts(
            Supplier supplier, String marker, List<AttachmentView> files, boolean atConference, boolean commented) {}

    @Test
    void noSupplierEverSeesAnotherCompanysInputFilesConferenceRegistrationOrDraftComments() throws Exception {
        for (long seed : SEEDS) {
            check(seed);
        }
    }

    private void check(long seed) throws Exception {
        Random random = new Random(seed);
        Org buyer = projects.municipality("Fortrolig kommune " + seed);
        AnnouncementId announcement = fixtures.published(buyer, "Fortrolig dialog " + seed);
        fixtures.conference(buyer, announcement, 3 + random.nextInt(3), 2);
        DraftId draft = fixtures.draftDocument(buyer, announcement, "Fortrolig utkast " + seed);
        List<Acts> all = new ArrayList<>();
        int count = 3 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String marker = "Hemmelig" + seed + "x" + i;
            Supplier supplier = fixtures.supplier(marker + " AS");
            if (random.nextInt(10) < 2) {
                all.add(new Acts(supplier, marker, List.of(), false, false));
                continue; // not in the dialogue at all
            }
            fixtures.register(announcement, supplier);
            List<AttachmentView> files = List.of();
            if (random.nextBoolean()) {
                InputId input = attachments.sendInput(
                        announcement,
                        "Innspill " + marker,
                        List.of(DialogueFixtures.textFile(marker + ".txt", "Fil " + marker)),
                        supplier.person().user());
                files = attachments.inputFiles(announcement, supplier.person().user()).stream()
                        .filter(f -> f.owner().equals(input.value()))
                        .toList();
            }
            boolean atConference = random.nextBoolean();
            if (atConference) {
                conferences.register(
                        announcement,
                        List.of(new Participant("Deltaker " + marker, marker.toLowerCase() + "@firma.example")),
                        supplier.person().user());
            }
            boolean commented = random.nextBoolean();
            if (commented) {
                drafts.comment(draft, "Kommentar " + marker, supplier.person().user());
            }
            all.add(new Acts(supplier, marker, files, atConference, commented));
        }

        for (Acts reader : all) {
            String announcementPage = page("/announcements/" + announcement, reader.supplier());
            String conferencePage = page("/announcements/" + announcement + "/conference", reader.supplier());
            String draftPage = page("/drafts/" + draft, reader.supplier());
            ConferenceView conference = conferences
                    .conference(announcement, reader.supplier().person().user())
                    .orElseThrow();
            assertThat(conference.seats())
                    .as("seed %d: seats a supplier sees", seed)
                    .isEmpty();
            assertThat(conference.own().isPresent())
                    .as("seed %d: own registration", seed)
                    .isEqualTo(reader.atConference());
            assertThat(drafts.draft(draft, reader.supplier().person().user()).comments())
                    .as("seed %d: comments a supplier reads", seed)
                    .hasSize(reader.commented() ? 1 : 0);
            for (Acts other : all) {
                if (other == reader) {
                    continue;
                }
                for (String page : List.of(announcementPage, conferencePage, draftPage)) {
                    assertThat(page)
                            .as("seed %d: %s sees nothing of %s", seed, reader.marker(), other.marker())
                            .doesNotContain(other.marker());
                }
                for (AttachmentView file : other.files()) {
                    assertThat(status(file.href(), reader.supplier()))
                            .as("seed %d: %s downloads %s's file", seed, reader.marker(), other.marker())
                            .isEqualTo(404);
                }
            }
            for (AttachmentView file : reader.files()) {
                assertThat(status(file.href(), reader.supplier())).isEqualTo(200);
            }
        }
        String publicPages = page("/announcements/" + announcement, null)
                + page("/announcements/" + announcement + "/conference", null);
        for (Acts company : all) {
            assertThat(publicPages)
                    .as("seed %d: the public sees nothing of %s", seed, company.marker())
                    .doesNotContain(company.marker());
            for (AttachmentView file : company.files()) {
                assertThat(status(file.href(), null)).isEqualTo(404);
            }
        }
        // The team sees everything.
        String teamConference = page("/announcements/" + announcement + "/conference", buyer.buyer());
        for (Acts company : all) {
            if (company.atConference()) {
                assertThat(teamConference).contains("Deltaker " + company.marker());
            }
        }
    }

    private String page(String path, Object who) throws Exception {
        var request = get(path);
        if (who instanceof Supplier s) {
            request.with(user(s.person().details()));
        } else if (who instanceof ProjectFixtures.Person p) {
            request.with(user(p.details()));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String path, Supplier who) throws Exception {
        var request = get(path);
        if (who != null) {
            request.with(user(who.person().details()));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
