package no.innomotor.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * The announcement's one-to-one meetings as the reader may see them: for the team every slot with its booking; for a
 * supplier the slots (free, taken or its own) and whether its company may book; nothing for anyone else. {@code
 * bookingOpen} is true while the announcement is published and its interest deadline has not passed.
 */
public record MeetingsOverview(
        AnnouncementId announcement,
        boolean team,
        boolean supplier,
        boolean registered,
        boolean published,
        boolean bookingOpen,
        List<MeetingSlotView> slots,
        Optional<MeetingSlotView> own,
        Optional<Long> length,
        String contactName,
        String contactEmail) {

    /** How many hours before the start the booking company may still cancel. */
    public static final long CANCEL_CUT_OFF_HOURS = MeetingSlot.CANCEL_CUT_OFF.toHours();

    public MeetingsOverview {
        slots = List.copyOf(slots);
    }

    /** Whether the page shows the meetings at all: to the team and to suppliers, once published. */
    public boolean shown() {
        return published && (team || supplier);
    }

    /** Whether the supplier may book this slot now. */
    public boolean bookable(MeetingSlotView slot) {
        return supplier && registered && bookingOpen && own.isEmpty() && slot.free() && !slot.started();
    }

    public long cutOffHours() {
        return CANCEL_CUT_OFF_HOURS;
    }

    public List<MeetingSlotView> booked() {
        return slots.stream().filter(MeetingSlotView::booked).toList();
    }

    static MeetingsOverview none(AnnouncementId id) {
        return new MeetingsOverview(
                id, false, false, false, false, false, List.of(), Optional.empty(), Optional.empty(), "", "");
    }
}
