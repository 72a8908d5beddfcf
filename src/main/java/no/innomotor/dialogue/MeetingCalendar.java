package no.innomotor.dialogue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.innomotor.shared.NorwegianTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes booked meetings as an iCalendar file (RFC 5545) with ical4j: one VEVENT per meeting with a stable UID (the
 * slot's id, so a calendar that imports the file again updates the event), times on the Norwegian wall clock
 * (TZID=Europe/Oslo with its VTIMEZONE, from the definitions inside ical4j), and the people present for the buyer in
 * the description. Lines longer than 75 octets are folded.
 * A cancelled meeting is not served: the file of a slot no longer booked is not found.
 */
@Component
class MeetingCalendar {

    static final String UID_SUFFIX = "@meetings.innomotor.no";
    static final int MAX_OCTETS = 75;
    static final String PRODUCT = "-//Innomotor//Market dialogue meetings//NO";

    private final MessageSource messages;
    private final VTimeZone oslo;

    MeetingCalendar(MessageSource messages) {
        this.messages = messages;
        this.oslo = oslo();
    }

    /**
     * The VTIMEZONE of Europe/Oslo. The tz database links Oslo to Berlin (same rules since 1980), so ical4j's
     * definition is Berlin's; it is renamed, so the events' TZID and the time zone's agree on the Norwegian name.
     */
    private static VTimeZone oslo() {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone zone = registry.getTimeZone(NorwegianTime.ZONE.getId());
        VTimeZone copy = zone.getVTimeZone().copy();
        copy.replace(new TzId(NorwegianTime.ZONE.getId()));
        copy.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return copy;
    }

    /** One meeting as the calendar shows it: the slot, a summary naming the other side, and the time of the file. */
    record Entry(MeetingSlot slot, String summary) {}

    String write(List<Entry> entries, Instant now, Locale locale) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withComponent(oslo.copy())
                .getFluentTarget();
        for (Entry entry : entries) {
            MeetingSlot slot = entry.slot();
            VEvent event = new VEvent(zoned(slot.startsAt()), zoned(slot.endsAt()), entry.summary());
            event.replace(new Uid(slot.id() + UID_SUFFIX));
            event.replace(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            event.replace(new Location(slot.place()));
            event.replace(new Description(description(slot, locale)));
            event.replace(ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            // ical4j folds at 75 characters; RFC 5545 says octets, so the lines are written whole and folded here.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded(out.toString());
    }

    /**
     * Folds every line longer than 75 octets (RFC 5545, 3.1): a CRLF and a space before the octet that would pass
     * the limit, never inside a character's UTF-8 bytes.
     */
    static String folded(String text) {
        StringBuilder result = new StringBuilder(text.length() + text.length() / 70 * 3);
        for (String line : text.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    result.append("\r\n ");
                    octets = 1;
                }
                result.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            result.append("\r\n");
        }
        return result.toString();
    }

    private ZonedDateTime zoned(Instant instant) {
        return instant.atZone(NorwegianTime.ZONE);
    }

    private String description(MeetingSlot slot, Locale locale) {
        String present = slot.present().stream()
                .map(p -> messages.getMessage(
                                p.role().messageKey(), null, p.role().name(), locale) + ": " + p.name())
                .collect(Collectors.joining("\n"));
        return messages.getMessage("dialogue.meetings.ics.present", null, "", locale) + "\n" + present;
    }
}
