package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Confidentiality of the one-to-one meetings as a property (decision 0003: a seeded JUnit loop): over random
 * companies, slots, bookings and minutes, no supplier ever sees on the announcement page or in a calendar file which
 * other company booked a slot or what another company's minutes say, and the public sees neither. Each seed names
 * itself in the failure message.
 */
@InnomotorTest
class MeetingVisibilityPropertyTests {

    private static final long[] SEEDS = {5, 23, 2027};

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    MeetingFixtures meetings;

    @Autowired
    MeetingsManagement management;

    record Booking(MeetingSlotId slot, Supplier company, String name, String minutes) {}

    @Test
    void noSupplierEverSeesAnotherCompanysBookingOrMinutes() throws Exception {
        for (long seed : SEEDS) {
            check(seed);
        }
    }

    private void check(long seed) throws Exception {
        Random random = new Random(seed);
        Org buyer = projects.municipality("Eiendomsvik " + seed);
        AnnouncementId id = fixtures.published(buyer, "Møter med frø " + seed);
        int hours = 3 + random.nextInt(4);
        int[] starts = new int[hours];
        for (int i = 0; i < hours; i++) {
            starts[i] = 8 + i;
        }
        List<MeetingSlotId> slots = new ArrayList<>(meetings.slots(buyer, id, starts));
        int companies = 2 + random.nextInt(3);
        List<Booking> bookings = new ArrayList<>();
        List<Supplier> all = new ArrayList<>();
        for (int c = 0; c < companies; c++) {
            String name = "Frø" + seed + " selskap " + c + " AS";
            Supplier supplier = fixtures.supplier(name);
            meetings.register(id, supplier);
            all.add(supplier);
            if (random.nextInt(4) > 0 && !slots.isEmpty()) {
                MeetingSlotId slot = slots.remove(random.nextInt(slots.size()));
                meetings.book(id, slot, supplier);
                String minutes = "";
                if (random.nextBoolean()) {
                    meetings.heldHoursAgo(slot, 1 + c * 2);
                    minutes = "Hemmelig referat frø " + seed + " nummer " + c;
                    management.recordMinutes(slot, minutes, buyer.buyer().user());
                }
                bookings.add(new Booking(slot, supplier, name, minutes));
            }
        }
        Map<Supplier, String> pages = new HashMap<>();
        for (Supplier reader : all) {
            pages.put(reader, page(id, reader));
        }
        String anonymous = mvc.perform(get("/announcements/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (Booking booking : bookings) {
            assertThat(anonymous).as("seed %d: public page", seed).doesNotContain(booking.name());
            if (!booking.minutes().isEmpty()) {
                assertThat(anonymous).as("seed %d: public page", seed).doesNotContain(booking.minutes());
            }
            for (Supplier reader : all) {
                boolean own = reader.equals(booking.company());
                String page = pages.get(reader);
                if (!own) {
                    assertThat(page)
                            .as("seed %d: %s's page", seed, reader.company())
                            .doesNotContain(booking.name());
                    if (!booking.minutes().isEmpty()) {
                        assertThat(page)
                                .as("seed %d: %s's page", seed, reader.company())
                                .doesNotContain(booking.minutes());
                    }
                } else if (!booking.minutes().isEmpty()) {
                    assertThat(page).as("seed %d: own minutes", seed).contains(booking.minutes());
                }
                int status = mvc.perform(get("/meetings/" + booking.slot() + "/calendar.ics")
                                .with(user(reader.person().details())))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status)
                        .as("seed %d: calendar file for %s", seed, reader.company())
                        .isEqualTo(own ? 200 : 404);
            }
        }
    }

    private String page(AnnouncementId id, Supplier reader) throws Exception {
        return mvc.perform(get("/announcements/" + id).with(user(reader.person().details())))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
