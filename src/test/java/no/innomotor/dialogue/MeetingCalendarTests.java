package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The calendar files, read back with ical4j's own parser: a stable UID, DTSTAMP, the times on the Norwegian wall
 * clock with TZID=Europe/Oslo and its VTIMEZONE, in summer and in winter time, and long lines folded at 75 octets.
 */
class MeetingCalendarTests {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final StaticMessageSource messages = new StaticMessageSource();
    private final MeetingCalendar calendar = new MeetingCalendar(messages);
    private final Announcement announcement = new Announcement(
            AnnouncementId.random(),
            ProjectId.random(),
            OrganisationId.random(),
            DialogueFixtures.facts("Trygghet om natten", NOW.plus(Duration.ofDays(5))),
            PersonId.random(),
            NOW);

    MeetingCalendarTests() {
        messages.addMessage("dialogue.meetings.role.NOTE_TAKER", Locale.forLanguageTag("nb"), "Referent");
        messages.addMessage("dialogue.meetings.role.SPECIALIST", Locale.forLanguageTag("nb"), "Fagpersoner");
        messages.addMessage("dialogue.meetings.ics.present", Locale.forLanguageTag("nb"), "Til stede:");
    }

    private MeetingSlot slotAt(LocalDateTime wallClock) {
        Instant start = wallClock.atZone(NorwegianTime.ZONE).toInstant();
        return MeetingSlot.series(
                        announcement,
                        wallClock.toLocalDate(),
                        List.of(start),
                        Duration.ofMinutes(60),
                        "Bærum rådhus, Arnold Haukelands plass 10, 1338 Sandvika, møterom Kalvøya i andre etasje",
                        List.of(
                                new MeetingPresence(MeetingRole.SPECIALIST, "Tore Lie (velferdsteknologi), Amina Berg"),
                                new MeetingPresence(MeetingRole.NOTE_TAKER, "Kari Innkjøper")),
                        PersonId.random(),
                        NOW)
                .get(0);
    }

    private Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void summerAndWinterMeetingsKeepTheirNorwegianWallClockTimesWithTheOsloZone() throws Exception {
        MeetingSlot summer = slotAt(LocalDateTime.of(2027, 6, 15, 10, 0));
        MeetingSlot winter = slotAt(LocalDateTime.of(2027, 1, 12, 9, 0));
        String text = calendar.write(
                List.of(
                        new MeetingCalendar.Entry(summer, "Møte med Sensorlab AS: Trygghet om natten"),
                        new MeetingCalendar.Entry(winter, "Møte med Nordlys Data AS: Trygghet om natten")),
                NOW,
                Locale.forLanguageTag("nb"));

        Calendar parsed = parse(text);
        assertThat(parsed.getProperty(Property.PRODID)).isPresent();
        assertThat(parsed.getProperty(Property.VERSION).orElseThrow().getValue())
                .isEqualTo("2.0");
        List<VTimeZone> zones = parsed.getComponents("VTIMEZONE");
        assertThat(zones)
                .singleElement()
                .satisfies(z -> assertThat(
                                z.getProperty(Property.TZID).orElseThrow().getValue())
                        .isEqualTo("Europe/Oslo"));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);

        VEvent june = events.get(0);
        assertThat(june.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(summer.id() + MeetingCalendar.UID_SUFFIX);
        assertThat(june.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20260301T090000Z");
        Property start = june.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Oslo");
        assertThat(start.getValue()).isEqualTo("20270615T100000");
        assertThat(june.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20270615T110000");
        ZonedDateTime juneStart =
                (ZonedDateTime) june.getStartDate().orElseThrow().getDate();
        assertThat(juneStart.toInstant()).isEqualTo(Instant.parse("2027-06-15T08:00:00Z"));

        VEvent january = events.get(1);
        assertThat(january.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20270112T090000");
        ZonedDateTime januaryStart =
                (ZonedDateTime) january.getStartDate().orElseThrow().getDate();
        assertThat(januaryStart.toInstant()).isEqualTo(Instant.parse("2027-01-12T08:00:00Z"));

        assertThat(june.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Møte med Sensorlab AS: Trygghet om natten");
        assertThat(june.getProperty(Property.LOCATION).orElseThrow().getValue()).startsWith("Bærum rådhus");
        assertThat(june.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Referent: Kari Innkjøper")
                .contains("Fagpersoner: Tore Lie");
        assertThat(june.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void linesLongerThanSeventyFiveOctetsAreFoldedAndTheSameSlotKeepsItsUid() throws Exception {
        MeetingSlot slot = slotAt(LocalDateTime.of(2027, 1, 12, 9, 0));
        String first =
                calendar.write(List.of(new MeetingCalendar.Entry(slot, "Møte")), NOW, Locale.forLanguageTag("nb"));
        String again = calendar.write(
                List.of(new MeetingCalendar.Entry(slot, "Møte")), NOW.plusSeconds(60), Locale.forLanguageTag("nb"));

        List<String> lines = first.lines().toList();
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        assertThat(first).contains("\r\n");
        assertThat(first.lines().filter(l -> l.startsWith("UID")).toList())
                .isEqualTo(again.lines().filter(l -> l.startsWith("UID")).toList());
        assertThat(parse(first)
                        .<VEvent>getComponents("VEVENT")
                        .get(0)
                        .getProperty(Property.LOCATION)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Bærum rådhus, Arnold Haukelands plass 10, 1338 Sandvika, møterom Kalvøya i andre etasje");
    }
}
