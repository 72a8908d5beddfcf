package no.innomotor.dialogue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
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
 * the description. ical4j folds lines longer than 75 octets.
 */
@Component
class MeetingCalendar {

    static final String UID_SUFFIX = "@meetings.innomotor.no";
    static final String PRODUCT = "-//Innomotor//Market dialogue meetings//NO";

    private final MessageSource messages;
    private final TimeZone oslo;

    MeetingCalendar(MessageSource messages) {
        this.messages = messages;
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        this.oslo = registry.getTimeZone(NorwegianTime.ZONE.getId());
    }

    /** One meeting as the calendar shows it: the slot, a summary naming the other side, and the time of the file. */
    record Entry(MeetingSlot slot, String summary) {}

    String write(List<Entry> entries, Instant now, Locale locale) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withComponent(oslo.getVTimeZone())
                .getFluentTarget();
        for (Entry entry : entries) {
            MeetingSlot slot = entry.slot();
            VEvent event = new VEvent(zoned(slot.startsAt()), zoned(slot.endsAt()), entry.summary());
            event.add(new Uid(slot.id() + UID_SUFFIX));
            event.add(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            event.add(new Location(slot.place()));
            event.add(new Description(description(slot, locale)));
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
