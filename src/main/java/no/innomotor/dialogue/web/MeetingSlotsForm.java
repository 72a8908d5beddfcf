package no.innomotor.dialogue.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.MeetingPresence;
import no.innomotor.dialogue.MeetingRole;
import no.innomotor.dialogue.MeetingSeries;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The team's form for a series of meeting slots: a day (yyyy-MM-dd, as the date input sends it), start times as
 * Norwegians type them (9:00, 10.00 13:00), one length in minutes, the place or online link, and who is present.
 */
public class MeetingSlotsForm {

    /** The fields in the order the form shows them, so the error summary lists them in that order. */
    static final List<String> FIELDS = List.of(
            "date", "times", "length", "place", "projectLead", "needOwner", "procurement", "specialists", "noteTaker");

    @NotBlank(message = "{dialogue.meetings.form.date.required}")
    private @Nullable String date;

    @NotBlank(message = "{dialogue.meetings.form.times.required}")
    @Size(max = 500, message = "{dialogue.meetings.form.times.invalid}")
    private @Nullable String times;

    @NotNull(message = "{dialogue.meetings.form.length.range}")
    @Min(value = 15, message = "{dialogue.meetings.form.length.range}")
    @Max(value = 480, message = "{dialogue.meetings.form.length.range}")
    private @Nullable Integer length = 60;

    @NotBlank(message = "{dialogue.meetings.form.place.required}")
    @Size(max = 300, message = "{dialogue.meetings.form.place.tooLong}")
    private @Nullable String place;

    private @Nullable String projectLead;
    private @Nullable String needOwner;
    private @Nullable String procurement;
    private @Nullable String specialists;

    @NotBlank(message = "{dialogue.meetings.form.noteTaker.invalid}")
    private @Nullable String noteTaker;

    /** The series, or null with the field errors added where the typed text cannot be read. */
    @Nullable
    MeetingSeries series(Errors errors) {
        LocalDate day = null;
        if (date != null && !date.isBlank() && !errors.hasFieldErrors("date")) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                errors.rejectValue("date", "dialogue.meetings.form.date.invalid");
            }
        }
        List<LocalTime> starts = new ArrayList<>();
        if (times != null && !times.isBlank() && !errors.hasFieldErrors("times")) {
            for (String typed : times.strip().split("[,;\\s]+")) {
                LocalTime time = time(typed);
                if (time == null) {
                    errors.rejectValue("times", "dialogue.meetings.form.times.invalid");
                    break;
                }
                starts.add(time);
            }
        }
        PersonId taker = null;
        if (noteTaker != null && !noteTaker.isBlank()) {
            try {
                taker = new PersonId(UUID.fromString(noteTaker.strip()));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("noteTaker", "dialogue.meetings.form.noteTaker.invalid");
            }
        }
        if (errors.hasErrors() || day == null || taker == null || length == null || place == null) {
            return null;
        }
        List<MeetingPresence> present = new ArrayList<>();
        add(present, MeetingRole.PROJECT_LEAD, projectLead);
        add(present, MeetingRole.NEED_OWNER, needOwner);
        add(present, MeetingRole.PROCUREMENT, procurement);
        add(present, MeetingRole.SPECIALIST, specialists);
        return new MeetingSeries(day, starts, length, place, present, taker);
    }

    private static void add(List<MeetingPresence> present, MeetingRole role, @Nullable String name) {
        if (name != null && !name.isBlank()) {
            present.add(new MeetingPresence(role, name.strip()));
        }
    }

    /** 9, 9:00, 09.30 or 0930. */
    static @Nullable LocalTime time(String typed) {
        String t = typed.strip().replace('.', ':');
        try {
            if (t.matches("\\d{1,2}")) {
                return LocalTime.of(Integer.parseInt(t), 0);
            }
            if (t.matches("\\d{3,4}")) {
                int value = Integer.parseInt(t);
                return LocalTime.of(value / 100, value % 100);
            }
            if (t.matches("\\d{1,2}:\\d{2}")) {
                String[] parts = t.split(":");
                return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    public @Nullable String getDate() {
        return date;
    }

    public void setDate(@Nullable String date) {
        this.date = date;
    }

    public @Nullable String getTimes() {
        return times;
    }

    public void setTimes(@Nullable String times) {
        this.times = times;
    }

    public @Nullable Integer getLength() {
        return length;
    }

    public void setLength(@Nullable Integer length) {
        this.length = length;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getProjectLead() {
        return projectLead;
    }

    public void setProjectLead(@Nullable String projectLead) {
        this.projectLead = projectLead;
    }

    public @Nullable String getNeedOwner() {
        return needOwner;
    }

    public void setNeedOwner(@Nullable String needOwner) {
        this.needOwner = needOwner;
    }

    public @Nullable String getProcurement() {
        return procurement;
    }

    public void setProcurement(@Nullable String procurement) {
        this.procurement = procurement;
    }

    public @Nullable String getSpecialists() {
        return specialists;
    }

    public void setSpecialists(@Nullable String specialists) {
        this.specialists = specialists;
    }

    public @Nullable String getNoteTaker() {
        return noteTaker;
    }

    public void setNoteTaker(@Nullable String noteTaker) {
        this.noteTaker = noteTaker;
    }
}
