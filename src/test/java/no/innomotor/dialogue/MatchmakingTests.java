package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.innomotor.audit.AuditManagement;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.shared.DomainException;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Matchmaking: registered companies that agree are shown to each other per announcement; a company that has not
 * agreed learns only how many have, and the public nothing.
 */
@InnomotorTest
class MatchmakingTests {

    static final String SENSOR_OFFER = "Vi har sensorene og søker en partner for alarmsentraltjenesten.";
    static final String CENTRAL_OFFER = "Vi driver alarmsentral døgnet rundt og søker en sensorleverandør.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    SupplierFixtures supplierFixtures;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    DialogueQueries queries;

    @Autowired
    AuditManagement audit;

    Org buyer;
    AnnouncementId id;
    Supplier sensor;
    Supplier central;
    Supplier onlooker;

    @BeforeEach
    void dialogue() {
        buyer = projects.municipality("Partnervik kommune");
        id = fixtures.published(buyer, "Partnersøk om nattsensorer");
        SupplierFixtures.Company listed =
                supplierFixtures.listed("Sensorpartner AS", List.of("33195000"), List.of("NO081"), List.of("sensor"));
        sensor = new Supplier(listed.id(), listed.supplier());
        central = fixtures.supplier("Alarmsentralen AS");
        onlooker = fixtures.supplier("Tilskuer AS");
        dialogue.register(
                id,
                List.of(new Participant("Per Prototyp", "per@sensorpartner.example")),
                sensor.person().user());
        dialogue.register(id, List.of(), central.person().user());
        dialogue.register(id, List.of(), onlooker.person().user());
    }

    @Test
    void companiesThatJoinSeeEachOtherAndAnyOtherSupplierOnlyHowManyTheyAre() {
        dialogue.joinMatchmaking(
                id, SENSOR_OFFER, "per@sensorpartner.example", sensor.person().user());

        MatchmakingView before = queries.matchmaking(id, central.person().user());
        assertThat(before.count()).isEqualTo(1);
        assertThat(before.partners()).as("not joined: no list").isEmpty();
        assertThat(before.mayJoin()).isTrue();
        assertThat(before.contactChoices())
                .as("a company that named nobody offers the person themself")
                .extracting(Participant::email)
                .containsExactly(central.person().email());

        dialogue.joinMatchmaking(
                id, CENTRAL_OFFER, central.person().email(), central.person().user());

        MatchmakingView seen = queries.matchmaking(id, central.person().user());
        assertThat(seen.joined()).isTrue();
        assertThat(seen.partners())
                .extracting(MatchmakingPartner::companyName)
                .containsExactly("Sensorpartner AS", "Alarmsentralen AS");
        MatchmakingPartner partner = seen.partners().get(0);
        assertThat(partner.offer()).isEqualTo(SENSOR_OFFER);
        assertThat(partner.contact()).isEqualTo(new Participant("Per Prototyp", "per@sensorpartner.example"));
        assertThat(partner.profile())
                .hasValueSatisfying(
                        listing -> assertThat(listing.pitch()).isEqualTo("Vi lager gode løsninger for kommuner."));
        assertThat(seen.partners().get(1).profile())
                .as("no profile, no summary")
                .isEmpty();

        assertThat(queries.matchmaking(id, onlooker.person().user()).partners()).isEmpty();
        assertThat(queries.matchmaking(id, onlooker.person().user()).count()).isEqualTo(2);
        assertThat(queries.matchmaking(
                                id, fixtures.supplier("Uregistrert AS").person().user())
                        .mayJoin())
                .isFalse();
        assertThat(queries.matchmaking(id, buyer.buyer().user()).partners()).hasSize(2);
        assertThat(queries.matchmaking(id, null).shown()).isFalse();
        assertThat(queries.matchmaking(id, buyer.leader().user()).partners()).isEmpty();
    }

    @Test
    void joiningNeedsARegistrationAndAContactAmongTheParticipantsAndLeavingIsLogged() {
        Supplier stranger = fixtures.supplier("Ikke påmeldt AS");
        assertThatThrownBy(() -> dialogue.joinMatchmaking(
                        id, SENSOR_OFFER, "x@example.no", stranger.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.error.notRegistered"));
        assertThatThrownBy(() -> dialogue.joinMatchmaking(
                        id, SENSOR_OFFER, "fremmed@example.no", sensor.person().user()))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("contact"));
        assertThatThrownBy(() -> dialogue.joinMatchmaking(
                        id, " ", "per@sensorpartner.example", sensor.person().user()))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("offer"));

        dialogue.joinMatchmaking(
                id, SENSOR_OFFER, "per@sensorpartner.example", sensor.person().user());
        assertThatThrownBy(() -> dialogue.joinMatchmaking(
                        id,
                        SENSOR_OFFER,
                        "per@sensorpartner.example",
                        sensor.person().user()))
                .isInstanceOf(DomainException.Conflict.class);
        dialogue.leaveMatchmaking(id, sensor.person().user());
        assertThat(queries.matchmaking(id, sensor.person().user()).joined()).isFalse();
        assertThatThrownBy(() -> dialogue.leaveMatchmaking(id, sensor.person().user()))
                .isInstanceOf(DomainException.Conflict.class);

        dialogue.joinMatchmaking(
                id, CENTRAL_OFFER, central.person().email(), central.person().user());
        dialogue.cancelRegistration(id, central.person().user());
        assertThat(queries.matchmaking(id, buyer.buyer().user()).count())
                .as("cancelling the registration leaves the matchmaking")
                .isZero();

        List<LogLine> log = queries.log(id, buyer.buyer().user()).stream()
                .filter(line -> line.kind() == LogKind.MATCHMAKING_JOINED || line.kind() == LogKind.MATCHMAKING_LEFT)
                .toList();
        assertThat(log)
                .extracting(LogLine::kind)
                .containsExactly(
                        LogKind.MATCHMAKING_JOINED,
                        LogKind.MATCHMAKING_LEFT,
                        LogKind.MATCHMAKING_JOINED,
                        LogKind.MATCHMAKING_LEFT);
        assertThat(log.get(0).text()).contains(SENSOR_OFFER, "Per Prototyp", "per@sensorpartner.example");
        assertThat(log.get(0).companyName()).isEqualTo("Sensorpartner AS");
        assertThat(audit.timeline("announcement", id.toString()).stream().map(e -> e.action()))
                .contains("announcement.matchmaking-joined", "announcement.matchmaking-left");
    }

    @Test
    void thePageShowsTheInvitationAndTheCountUntilTheCompanyJoinsInPlaceWithHtmx() throws Exception {
        dialogue.joinMatchmaking(
                id, SENSOR_OFFER, "per@sensorpartner.example", sensor.person().user());
        String path = "/announcements/" + id;

        String invited = mvc.perform(get(path).with(user(central.person().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(invited)
                .contains("id=\"matchmaking\"", "Én bedrift er med.", "Bli med for å se de andre bedriftene")
                .contains("hx-post=\"" + path + "/matchmaking\"")
                .doesNotContain(SENSOR_OFFER, "Sensorpartner AS", "per@sensorpartner.example");

        String refused = mvc.perform(post(path + "/matchmaking")
                        .with(user(central.person().details()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("offer", "")
                        .param("contact", central.person().email()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .strip();
        assertThat(refused)
                .startsWith("<section class=\"im-section\" id=\"matchmaking\"")
                .contains("Skriv hva dere tilbyr og hva dere søker.")
                .doesNotContain(SENSOR_OFFER, "<html");

        String joined = mvc.perform(post(path + "/matchmaking")
                        .with(user(central.person().details()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("offer", CENTRAL_OFFER)
                        .param("contact", central.person().email()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .strip();
        assertThat(joined)
                .startsWith("<section class=\"im-section\" id=\"matchmaking\"")
                .contains("Dere er med i partnersøket.", SENSOR_OFFER, "Sensorpartner AS", "per@sensorpartner.example")
                .contains("Vi lager gode løsninger for kommuner.")
                .doesNotContain("Hemmelig", "Kari Kontakt");

        mvc.perform(post(path + "/matchmaking/leave")
                        .with(user(central.person().details()))
                        .with(csrf()))
                .andExpect(redirectedUrl(path + "#matchmaking"));
        assertThat(queries.matchmaking(id, central.person().user()).joined()).isFalse();

        String team = mvc.perform(get(path).with(user(buyer.buyer().details())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(team).contains(SENSOR_OFFER, "Sensorpartner AS");
        String anonymous = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(anonymous).doesNotContain("id=\"matchmaking\"", SENSOR_OFFER);
    }

    @Test
    void joiningTwiceAnswersConflictWithTheSectionShowingTheCompanyTakingPartAndLeavingTwiceIsHarmless()
            throws Exception {
        dialogue.joinMatchmaking(
                id, SENSOR_OFFER, "per@sensorpartner.example", sensor.person().user());
        String path = "/announcements/" + id + "/matchmaking";

        String again = mvc.perform(post(path)
                        .with(user(sensor.person().details()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("offer", "En gang til")
                        .param("contact", "per@sensorpartner.example"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .strip();
        assertThat(again)
                .startsWith("<section class=\"im-section\" id=\"matchmaking\"")
                .contains("Bedriften er allerede med i partnersøket.", SENSOR_OFFER);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post(path + "/leave")
                            .with(user(sensor.person().details()))
                            .with(csrf())
                            .header("HX-Request", "true"))
                    .andExpect(status().isOk());
        }
        assertThat(queries.matchmaking(id, buyer.buyer().user()).count()).isZero();
    }
}
