package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The meetings as people reach them: the team's planner and slot form, a supplier's booking, cancellation and calendar
 * file, and what another supplier, a buyer of another organisation and the public see (nothing of the booking).
 */
@InnomotorTest
class MeetingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    MeetingFixtures meetings;

    @Autowired
    MeetingQueries queries;

    Org buyer;

    @BeforeEach
    void organisation() {
        buyer = projects.municipality("Møtesiden kommune");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theTeamPublishesSlotsThroughTheFormAndBrokenRulesStandNextToTheirFieldsWithWhatWasTyped() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Skjema for møtetider");

        String form = body(mvc.perform(get("/announcements/" + id + "/meetings/new")
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(form)
                .contains("name=\"times\"")
                .contains("value=\"" + buyer.buyer().id().value() + "\"");

        String refused = body(mvc.perform(post("/announcements/" + id + "/meetings")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("date", MeetingFixtures.day().plusDays(60).toString())
                        .param("times", "9:00, tull")
                        .param("length", "60")
                        .param("place", "Rådhuset, møterom Fjord")
                        .param("noteTaker", buyer.buyer().id().value().toString()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused)
                .contains("error-summary")
                .contains("Rådhuset, møterom Fjord")
                .contains("9:00, tull");

        String outside = body(mvc.perform(post("/announcements/" + id + "/meetings")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("date", MeetingFixtures.day().plusDays(60).toString())
                        .param("times", "9:00, 10:00")
                        .param("length", "60")
                        .param("place", "Rådhuset")
                        .param("noteTaker", buyer.buyer().id().value().toString()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(outside).contains("href=\"#date\"");

        mvc.perform(post("/announcements/" + id + "/meetings")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("date", MeetingFixtures.day().toString())
                        .param("times", "09.00 10:00, 11")
                        .param("length", "60")
                        .param("place", "Rådhuset, møterom Fjord")
                        .param("projectLead", "Pia Prosjektleder")
                        .param("noteTaker", buyer.buyer().id().value().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/announcements/" + id + "#meetings"));
        String planner = body(
                mvc.perform(get("/announcements/" + id).with(user(buyer.buyer().details())))
                        .andExpect(status().isOk()));
        assertThat(planner)
                .contains("id=\"meetings\"")
                .contains("Pia Prosjektleder")
                .contains("/remove");
        assertThat(queries.overview(id, buyer.buyer().user()).slots()).hasSize(3);
    }

    @Test
    void aSupplierBooksAFreeSlotSeesItsOwnAndOthersSeeOnlyThatItIsTaken() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Booking fra siden");
        List<MeetingSlotId> slots = meetings.slots(buyer, id, 9, 10);
        Supplier booker = fixtures.supplier("Bestiller Hemmelig AS");
        Supplier other = fixtures.supplier("Konkurrent AS");
        meetings.register(id, booker);
        meetings.register(id, other);
        Supplier unregistered = fixtures.supplier("Uten påmelding AS");

        String before = body(mvc.perform(get("/announcements/" + id)
                        .with(user(unregistered.person().details())))
                .andExpect(status().isOk()));
        assertThat(before).contains("data-register-first").doesNotContain("/book\"");

        mvc.perform(post("/meetings/" + slots.get(0) + "/book")
                        .with(user(booker.person().details()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        // The other company's page was read before: its booking of the same slot is told the slot was just taken.
        String taken = body(mvc.perform(post("/meetings/" + slots.get(0) + "/book")
                        .with(user(other.person().details()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict()));
        assertThat(taken).contains("nettopp bestilt");

        String own = body(mvc.perform(
                        get("/announcements/" + id).with(user(booker.person().details())))
                .andExpect(status().isOk()));
        assertThat(own)
                .contains("data-own-meeting")
                .contains("/meetings/" + slots.get(0) + "/calendar.ics")
                .contains("/meetings/" + slots.get(0) + "/unbook");

        String seenByOther = body(
                mvc.perform(get("/announcements/" + id).with(user(other.person().details())))
                        .andExpect(status().isOk()));
        assertThat(seenByOther)
                .doesNotContain("Bestiller Hemmelig AS")
                .doesNotContain("/meetings/" + slots.get(0) + "/calendar.ics")
                .contains("/meetings/" + slots.get(1) + "/book");

        String team = body(
                mvc.perform(get("/announcements/" + id).with(user(buyer.buyer().details())))
                        .andExpect(status().isOk()));
        assertThat(team).contains("Bestiller Hemmelig AS").contains("/meetings.ics");

        String anonymous = body(mvc.perform(get("/announcements/" + id)).andExpect(status().isOk()));
        assertThat(anonymous).doesNotContain("id=\"meetings\"").doesNotContain("Bestiller Hemmelig AS");
        Org stranger = projects.municipality("Fremmed kommune");
        String otherBuyer = body(mvc.perform(
                        get("/announcements/" + id).with(user(stranger.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(otherBuyer).doesNotContain("Bestiller Hemmelig AS").doesNotContain("id=\"meetings\"");
    }

    @Test
    void theCalendarFileIsForTheBookingCompanyAndTheTeamAndNotFoundForEveryoneElse() throws Exception {
        Supplier booker = fixtures.supplier("Kalender AS");
        MeetingSlotId slot = meetings.booked(buyer, booker, "Kalenderfiler");
        AnnouncementId id = queries.forTeam(slot, buyer.buyer().user()).announcement();

        ResultActions file = mvc.perform(get("/meetings/" + slot + "/calendar.ics")
                        .with(user(booker.person().details())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=utf-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.startsWith("attachment; filename=\"meeting-")));
        String text = body(file);
        VEvent event = new CalendarBuilder()
                .build(new StringReader(text))
                .<VEvent>getComponents("VEVENT")
                .get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(slot + MeetingCalendar.UID_SUFFIX);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("Møtesiden kommune");

        String teamFile = body(mvc.perform(get("/meetings/" + slot + "/calendar.ics")
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(teamFile).contains("Kalender AS");
        String all = body(mvc.perform(get("/announcements/" + id + "/meetings.ics")
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(all).contains(slot + MeetingCalendar.UID_SUFFIX);

        Supplier other = fixtures.supplier("Nysgjerrig AS");
        mvc.perform(get("/meetings/" + slot + "/calendar.ics")
                        .with(user(other.person().details())))
                .andExpect(status().isNotFound());
        Org stranger = projects.municipality("Fremmed kalender kommune");
        mvc.perform(get("/meetings/" + slot + "/calendar.ics")
                        .with(user(stranger.buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/announcements/" + id + "/meetings.ics")
                        .with(user(stranger.buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/announcements/" + id + "/meetings.ics")
                        .with(user(booker.person().details())))
                .andExpect(status().isForbidden());
        // Anonymous: asked to sign in (a calendar client that is no browser gets 401, not the login page).
        assertThat(mvc.perform(get("/meetings/" + slot + "/calendar.ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401);
    }

    @Test
    void afterTheCutOffThePageSaysItIsTooLateAndWhomToContactAndOnlyTheOwnCompanyMayCancel() throws Exception {
        Supplier booker = fixtures.supplier("Sent ute AS");
        MeetingSlotId slot = meetings.booked(buyer, booker, "Avbestilling for sent");
        AnnouncementId id = queries.forTeam(slot, buyer.buyer().user()).announcement();
        Supplier other = fixtures.supplier("Fremmed avbestiller AS");
        mvc.perform(post("/meetings/" + slot + "/unbook")
                        .with(user(other.person().details()))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isNotFound());

        meetings.moveTo(slot, java.time.Instant.now().plus(java.time.Duration.ofHours(20)));
        String page = body(mvc.perform(
                        get("/announcements/" + id).with(user(booker.person().details())))
                .andExpect(status().isOk()));
        assertThat(page).contains("data-too-late").contains("Berit Innkjøper").doesNotContain("/unbook");
        mvc.perform(post("/meetings/" + slot + "/unbook")
                        .with(user(booker.person().details()))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theMinutesFormShowsItsErrorNextToTheFieldAndTheMinutesReachOnlyTheBookingCompany() throws Exception {
        Supplier booker = fixtures.supplier("Referatleser AS");
        MeetingSlotId slot = meetings.booked(buyer, booker, "Referat fra siden");
        AnnouncementId id = queries.forTeam(slot, buyer.buyer().user()).announcement();
        meetings.heldHoursAgo(slot, 3);

        String refused = body(mvc.perform(post("/meetings/" + slot + "/minutes")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("minutes", "  "))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("href=\"#minutes\"");

        mvc.perform(post("/meetings/" + slot + "/minutes")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("minutes", "Referat: sensoren varsler uten kamera, pilot i 20 boliger."))
                .andExpect(status().is3xxRedirection());

        assertThat(body(mvc.perform(
                        get("/announcements/" + id).with(user(booker.person().details())))))
                .contains("pilot i 20 boliger");
        Supplier other = fixtures.supplier("Annen leser AS");
        meetings.register(id, other);
        assertThat(body(mvc.perform(
                        get("/announcements/" + id).with(user(other.person().details())))))
                .doesNotContain("pilot i 20 boliger");
        assertThat(body(mvc.perform(get("/announcements/" + id)))).doesNotContain("pilot i 20 boliger");
    }

    @Test
    void thePlannerRunsTheSameStatementsForOneBookingAsForFive() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Spørringer i planleggeren");
        List<MeetingSlotId> slots = meetings.slots(buyer, id, 8, 9, 10, 11, 12, 13);
        // Every company registers first: the registrations' own list is not what this counts.
        List<Supplier> companies = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Supplier company = fixtures.supplier("Teller " + i + " AS");
            meetings.register(id, company);
            companies.add(company);
        }
        meetings.book(id, slots.get(0), companies.get(0));
        Supplier reader = fixtures.supplier("Teller leser AS");
        meetings.register(id, reader);
        int teamOne = no.innomotor.testing.SqlStatements.during(() -> mvc.perform(
                        get("/announcements/" + id).with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        int supplierOne = no.innomotor.testing.SqlStatements.during(() -> mvc.perform(
                        get("/announcements/" + id).with(user(reader.person().details())))
                .andExpect(status().isOk()));
        for (int i = 1; i < 5; i++) {
            meetings.book(id, slots.get(i), companies.get(i));
        }

        int teamFive = no.innomotor.testing.SqlStatements.during(() -> mvc.perform(
                        get("/announcements/" + id).with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        int supplierFive = no.innomotor.testing.SqlStatements.during(() -> mvc.perform(
                        get("/announcements/" + id).with(user(reader.person().details())))
                .andExpect(status().isOk()));
        assertThat(teamFive).isEqualTo(teamOne);
        assertThat(supplierFive).isEqualTo(supplierOne);
    }
}
