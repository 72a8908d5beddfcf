package no.innomotor.dialogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.dialogue.AgendaItem;
import no.innomotor.dialogue.ConferencePlan;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The conference's setup form, as typed: a date field, two time fields, a place, whether it is online, the
 * capacities, and the agenda as one point per line («09:00 Velkommen»).
 */
public class ConferenceForm {

    static final List<String> FIELDS =
            List.of("date", "startsAt", "endsAt", "place", "online", "capacity", "maxPerCompany", "agenda");

    @NotBlank(message = "{dialogue.conference.form.date.required}")
    private @Nullable String date;

    @NotBlank(message = "{dialogue.conference.form.time.required}")
    private @Nullable String startsAt;

    @NotBlank(message = "{dialogue.conference.form.time.required}")
    private @Nullable String endsAt;

    @Size(max = 200, message = "{dialogue.conference.form.place.tooLong}")
    private @Nullable String place;

    private boolean online;

    @NotBlank(message = "{dialogue.conference.form.capacity.required}")
    private @Nullable String capacity;

    @NotBlank(message = "{dialogue.conference.form.maxPerCompany.required}")
    private @Nullable String maxPerCompany;

    @Size(max = 10_000, message = "{dialogue.conference.form.agenda.tooMany}")
    private @Nullable String agenda;

    private @Nullable Long version;

    static ConferenceForm start(@Nullable LocalDate date) {
        ConferenceForm form = new ConferenceForm();
        form.date = date == null ? null : date.toString();
        form.startsAt = "09:00";
        form.endsAt = "12:00";
        return form;
    }

    static ConferenceForm of(ConferencePlan plan, long version) {
        ConferenceForm form = new ConferenceForm();
        form.date = plan.date().toString();
        form.startsAt = plan.startsAt().toString();
        form.endsAt = plan.endsAt().toString();
        form.place = plan.place();
        form.online = plan.online();
        form.capacity = Integer.toString(plan.capacity());
        form.maxPerCompany = Integer.toString(plan.maxPerCompany());
        form.agenda = String.join(
                "\n",
                plan.agenda().stream().map(i -> i.startsAt() + " " + i.title()).toList());
        form.version = version;
        return form;
    }

    /** The plan, or null with the errors next to their fields. */
    @Nullable
    ConferencePlan plan(Errors errors) {
        LocalDate day = parse(errors, "date", date, LocalDate::parse, "dialogue.conference.form.date.invalid");
        LocalTime start =
                parse(errors, "startsAt", startsAt, LocalTime::parse, "dialogue.conference.form.time.invalid");
        LocalTime end = parse(errors, "endsAt", endsAt, LocalTime::parse, "dialogue.conference.form.time.invalid");
        Integer persons = number(errors, "capacity", capacity);
        Integer perCompany = number(errors, "maxPerCompany", maxPerCompany);
        List<AgendaItem> items = agenda(errors);
        if (errors.hasErrors()
                || day == null
                || start == null
                || end == null
                || persons == null
                || perCompany == null) {
            return null;
        }
        return new ConferencePlan(day, start, end, place, online, persons, perCompany, items);
    }

    private List<AgendaItem> agenda(Errors errors) {
        List<AgendaItem> items = new ArrayList<>();
        if (agenda == null) {
            return items;
        }
        for (String line : agenda.split("\\R")) {
            String point = line.strip();
            if (point.isEmpty()) {
                continue;
            }
            int space = point.indexOf(' ');
            try {
                if (space < 0) {
                    throw new DateTimeParseException("no title", point, 0);
                }
                String title = point.substring(space + 1).strip();
                if (title.isEmpty() || title.length() > AgendaItem.MAX_TITLE) {
                    throw new DateTimeParseException("no title", point, 0);
                }
                items.add(
                        new AgendaItem(LocalTime.parse(point.substring(0, space).replace('.', ':')), title));
            } catch (DateTimeParseException e) {
                if (errors.getFieldError("agenda") == null) {
                    errors.rejectValue("agenda", "dialogue.conference.form.agenda.line");
                }
            }
        }
        return items;
    }

    private static <T> @Nullable T parse(
            Errors errors,
            String field,
            @Nullable String value,
            java.util.function.Function<String, T> parser,
            String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, key);
            return null;
        }
    }

    private static @Nullable Integer number(Errors errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip().replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "dialogue.conference.form.number.invalid");
            return null;
        }
    }

    public @Nullable String getDate() {
        return date;
    }

    public void setDate(@Nullable String date) {
        this.date = date;
    }

    public @Nullable String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(@Nullable String startsAt) {
        this.startsAt = startsAt;
    }

    public @Nullable String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(@Nullable String endsAt) {
        this.endsAt = endsAt;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public @Nullable String getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable String capacity) {
        this.capacity = capacity;
    }

    public @Nullable String getMaxPerCompany() {
        return maxPerCompany;
    }

    public void setMaxPerCompany(@Nullable String maxPerCompany) {
        this.maxPerCompany = maxPerCompany;
    }

    public @Nullable String getAgenda() {
        return agenda;
    }

    public void setAgenda(@Nullable String agenda) {
        this.agenda = agenda;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
