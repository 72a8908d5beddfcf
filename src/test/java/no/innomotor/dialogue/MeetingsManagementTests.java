package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.shared.DomainException;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The meetings' commands through the service on the test database (H2 here, PostgreSQL in CI's second run): the slot
 * form's rules, one booking per slot and per company also when requests race, the cut-off, and the dialogue log.
 */
@InnomotorTest
class MeetingsManagementTests {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    MeetingFixtures meetingFixtures;

    @Autowired
    MeetingsManagement meetings;

    @Autowired
    MeetingQueries queries;

    @Autowired
    DialogueLog log;

    @Autowired
    JdbcTemplate jdbc;

    Org buyer;

    @BeforeEach
    void organisation() {
        buyer = projects.municipality("Møtevik kommune");
    }

    private String rejectedField(Runnable command) {
        try {
            command.run();
        } catch (AnnouncementInputRejected rejected) {
            return rejected.field() + ":" + rejected.messageKey();
        }
        throw new AssertionError("the command was not refused");
    }

    @Test
    void slotsAreRefusedOutsideTheMeetingPeriodOverlappingOrOfAnotherLengthOrWithANoteTakerOutsideTheTeam() {
        AnnouncementId id = fixtures.published(buyer, "Regler for møtetider");
        meetingFixtures.slots(buyer, id, 9, 10);

        assertThat(rejectedField(() -> meetings.publishSlots(
                        id,
                        MeetingFixtures.series(buyer, MeetingFixtures.day().plusDays(30), 60, LocalTime.of(9, 0)),
                        buyer.buyer().user())))
                .isEqualTo("date:dialogue.meetings.form.date.outside");
        assertThat(rejectedField(() -> meetings.publishSlots(
                        id,
                        MeetingFixtures.series(buyer, MeetingFixtures.day(), 60, LocalTime.of(10, 30)),
                        buyer.buyer().user())))
                .isEqualTo("times:dialogue.meetings.form.times.overlap");
        assertThat(rejectedField(() -> meetings.publishSlots(
                        id,
                        MeetingFixtures.series(
                                buyer, MeetingFixtures.day(), 60, LocalTime.of(13, 0), LocalTime.of(13, 30)),
                        buyer.buyer().user())))
                .isEqualTo("times:dialogue.meetings.form.times.overlap");
        assertThat(rejectedField(() -> meetings.publishSlots(
                        id,
                        MeetingFixtures.series(buyer, MeetingFixtures.day(), 45, LocalTime.of(14, 0)),
                        buyer.buyer().user())))
                .isEqualTo("length:dialogue.meetings.form.length.fixed");
        MeetingSeries strangerTakesNotes = new MeetingSeries(
                MeetingFixtures.day(),
                List.of(LocalTime.of(15, 0)),
                60,
                "Rådhuset",
                List.of(),
                buyer.leader().id());
        assertThat(rejectedField(() -> meetings.publishSlots(
                        id, strangerTakesNotes, buyer.buyer().user())))
                .isEqualTo("noteTaker:dialogue.meetings.form.noteTaker.invalid");

        MeetingsOverview overview = queries.overview(id, buyer.buyer().user());
        assertThat(overview.slots()).hasSize(2);
        assertThat(overview.slots().get(0).present())
                .extracting(MeetingPresence::role)
                .containsExactly(
                        MeetingRole.PROJECT_LEAD,
                        MeetingRole.NEED_OWNER,
                        MeetingRole.PROCUREMENT,
                        MeetingRole.SPECIALIST,
                        MeetingRole.NOTE_TAKER);
    }

    @Test
    void onlyTheTeamPublishesSlotsAndOnlyARegisteredCompanyBooksOne() {
        AnnouncementId id = fixtures.published(buyer, "Bare påmeldte booker");
        Org other = projects.municipality("Annenvik kommune");
        assertThatThrownBy(() -> meetingFixtures.slots(other, id, 9)).isInstanceOf(DomainException.NotFound.class);
        List<MeetingSlotId> slots = meetingFixtures.slots(buyer, id, 9, 10);
        DialogueFixtures.Supplier supplier = fixtures.supplier("Uregistrert AS");

        assertThatThrownBy(() -> meetings.book(slots.get(0), supplier.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.error.notRegistered"));

        meetingFixtures.book(id, slots.get(0), supplier);
        assertThatThrownBy(() -> meetings.book(slots.get(1), supplier.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.Conflict.class,
                        conflict ->
                                assertThat(conflict.messageKey()).isEqualTo("dialogue.meetings.error.alreadyBooked"));
    }

    @Test
    void bookingClosesAtTheInterestDeadlineAndForASlotThatHasStarted() {
        AnnouncementId id = fixtures.published(buyer, "Frist for booking");
        List<MeetingSlotId> slots = meetingFixtures.slots(buyer, id, 9, 10);
        DialogueFixtures.Supplier supplier = fixtures.supplier("Sen AS");
        meetingFixtures.register(id, supplier);
        meetingFixtures.heldHoursAgo(slots.get(1), 1);
        assertThatThrownBy(() -> meetings.book(slots.get(1), supplier.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.meetings.error.started"));

        jdbc.update(
                "update dialogue_announcement set interest_deadline = ? where id = ?",
                Instant.now().minus(1, ChronoUnit.HOURS).atOffset(java.time.ZoneOffset.UTC),
                id.value());
        assertThatThrownBy(() -> meetings.book(slots.get(0), supplier.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.error.closed"));
    }

    @Test
    void theCompanyCancelsBeforeTheCutOffAndIsToldItIsTooLateAfterIt() {
        AnnouncementId id = fixtures.published(buyer, "Avbestilling");
        List<MeetingSlotId> slots = meetingFixtures.slots(buyer, id, 9, 10);
        DialogueFixtures.Supplier supplier = fixtures.supplier("Avbestiller AS");
        meetingFixtures.book(id, slots.get(0), supplier);
        long version = queries.overview(id, supplier.person().user())
                .own()
                .orElseThrow()
                .version();

        meetings.cancelBooking(slots.get(0), version, supplier.person().user());
        assertThat(queries.overview(id, supplier.person().user()).own()).isEmpty();

        meetings.book(slots.get(1), supplier.person().user());
        meetingFixtures.moveTo(slots.get(1), Instant.now().plus(47, ChronoUnit.HOURS));
        MeetingSlotView own =
                queries.overview(id, supplier.person().user()).own().orElseThrow();
        assertThat(own.cancellable()).isFalse();
        assertThatThrownBy(() -> meetings.cancelBooking(
                        slots.get(1), own.version(), supplier.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("dialogue.meetings.error.tooLate"));

        List<LogKind> kinds = log.lines(id).stream()
                .map(LogLine::kind)
                .filter(kind -> kind.code().startsWith("meeting-"))
                .toList();
        assertThat(kinds).containsExactly(LogKind.MEETING_BOOKED, LogKind.MEETING_CANCELLED, LogKind.MEETING_BOOKED);
    }

    @Test
    void theTeamCancelsABookingAndWritesTheMinutesWhichGoIntoTheLogAndNotIntoTheAuditTrail() {
        DialogueFixtures.Supplier supplier = fixtures.supplier("Referert AS");
        MeetingSlotId slot = meetingFixtures.booked(buyer, supplier, "Referat i loggen");
        AnnouncementId id = meetings.authoriseTeam(slot, buyer.buyer().user());
        assertThatThrownBy(() ->
                        meetings.recordMinutes(slot, "For tidlig", buyer.buyer().user()))
                .isInstanceOf(DomainException.RuleBroken.class);
        meetingFixtures.heldHoursAgo(slot, 2);

        meetings.recordMinutes(
                slot,
                "Leverandøren viste en radarsensor uten kamera.",
                buyer.buyer().user());

        LogLine minutes = log.lines(id).stream()
                .filter(line -> line.kind() == LogKind.MEETING_MINUTES)
                .findFirst()
                .orElseThrow();
        assertThat(minutes.companyId()).isEqualTo(supplier.company().value());
        assertThat(minutes.text()).isEqualTo("Leverandøren viste en radarsensor uten kamera.");
        assertThat(minutes.referenceId()).isEqualTo(slot.value());
        assertThat(queries.overview(id, supplier.person().user())
                        .own()
                        .orElseThrow()
                        .minutes())
                .contains("Leverandøren viste en radarsensor uten kamera.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where details like ?", Integer.class, "%radarsensor%"))
                .isZero();

        DialogueFixtures.Supplier second = fixtures.supplier("Avlyst AS");
        List<MeetingSlotId> more = meetingFixtures.slots(buyer, id, 14);
        meetingFixtures.book(id, more.get(0), second);
        long version = queries.overview(id, buyer.buyer().user()).slots().stream()
                .filter(s -> s.id().equals(more.get(0)))
                .findFirst()
                .orElseThrow()
                .version();
        meetings.cancelByTeam(more.get(0), version, buyer.buyer().user());
        assertThat(queries.overview(id, second.person().user()).own()).isEmpty();
    }

    @Test
    void twoCompaniesBookingTheSameSlotAtTheSameMomentLeaveExactlyOneBooking() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Samtidig booking");
        MeetingSlotId slot = meetingFixtures.slots(buyer, id, 9).get(0);
        List<DialogueFixtures.Supplier> companies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            DialogueFixtures.Supplier supplier = fixtures.supplier("Kappløp " + i + " AS");
            meetingFixtures.register(id, supplier);
            companies.add(supplier);
        }
        List<String> results = race(companies.stream()
                .map(s -> (Supplier<String>) () -> {
                    meetings.book(slot, 0, s.person().user());
                    return "booked";
                })
                .toList());

        assertThat(results).filteredOn("booked"::equals).hasSize(1);
        assertThat(results).filteredOn("dialogue.meetings.error.taken"::equals).hasSize(3);
        assertThat(queries.overview(id, buyer.buyer().user()).booked()).hasSize(1);
        assertThat(log.lines(id))
                .filteredOn(l -> l.kind() == LogKind.MEETING_BOOKED)
                .hasSize(1);
    }

    @Test
    void twoPeopleOfOneCompanyBookingTwoSlotsAtTheSameMomentLeaveOneBooking() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Samtidig to tider");
        List<MeetingSlotId> slots = meetingFixtures.slots(buyer, id, 9, 10, 11);
        DialogueFixtures.Supplier supplier = fixtures.supplier("Grådig AS");
        meetingFixtures.register(id, supplier);
        ProjectFixtures.Person colleague =
                projects.person(supplier.company(), "Kollega Grådig", no.innomotor.shared.security.Role.SUPPLIER);
        List<ProjectFixtures.Person> people = List.of(supplier.person(), colleague, supplier.person());
        List<Supplier<String>> tasks = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            MeetingSlotId slot = slots.get(i);
            ProjectFixtures.Person person = people.get(i);
            tasks.add(() -> {
                meetings.book(slot, 0, person.user());
                return "booked";
            });
        }

        List<String> results = race(tasks);

        assertThat(results).filteredOn("booked"::equals).hasSize(1);
        assertThat(results)
                .filteredOn(r -> !r.equals("booked"))
                .allSatisfy(r ->
                        assertThat(r).isIn("dialogue.meetings.error.alreadyBooked", "dialogue.meetings.error.taken"));
        assertThat(queries.overview(id, buyer.buyer().user()).booked()).hasSize(1);
    }

    /** Runs the tasks at the same moment, each on its own thread; a conflict is its message key, never a 500. */
    private static List<String> race(List<Supplier<String>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Supplier<String> task : tasks) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.get();
                    } catch (DomainException.Conflict conflict) {
                        return conflict.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
