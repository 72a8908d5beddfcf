package no.innomotor.dialogue.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.innomotor.dialogue.AnnouncementFacts;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.CpvEntry;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The announcement's draft form, as typed. Dates come from date and datetime-local fields, in Norwegian time. */
public class AnnouncementForm {

    static final List<String> FIELDS = List.of(
            "title",
            "need",
            "cpvCodes",
            "nutsCode",
            "interestDeadline",
            "meetingsFrom",
            "meetingsTo",
            "conferenceDate",
            "place",
            "contactName",
            "contactEmail");

    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @NotBlank(message = "{dialogue.form.title.required}")
    @Size(max = 200, message = "{dialogue.form.title.tooLong}")
    private @Nullable String title;

    @NotBlank(message = "{dialogue.form.need.required}")
    @Size(max = 10_000, message = "{dialogue.form.need.tooLong}")
    private @Nullable String need;

    @Size(max = 1_000, message = "{dialogue.form.cpv.tooLong}")
    private @Nullable String cpvCodes;

    @NotBlank(message = "{dialogue.form.nuts.required}")
    private @Nullable String nutsCode;

    private @Nullable String interestDeadline;
    private @Nullable String meetingsFrom;
    private @Nullable String meetingsTo;
    private @Nullable String conferenceDate;

    @Size(max = 200, message = "{dialogue.form.place.tooLong}")
    private @Nullable String place;

    @Size(max = 200, message = "{dialogue.form.contactName.tooLong}")
    private @Nullable String contactName;

    @Email(message = "{dialogue.form.contactEmail.invalid}")
    @Size(max = 254, message = "{dialogue.form.contactEmail.invalid}")
    private @Nullable String contactEmail;

    private long version;

    static AnnouncementForm of(AnnouncementFacts facts, long version) {
        AnnouncementForm form = new AnnouncementForm();
        form.title = facts.title();
        form.need = facts.need();
        form.cpvCodes =
                String.join(", ", facts.cpvCodes().stream().map(CpvCode::value).toList());
        form.nutsCode = facts.nutsCode().value();
        form.interestDeadline = facts.interestDeadline() == null
                ? null
                : LOCAL_DATE_TIME.format(facts.interestDeadline().atZone(NorwegianTime.ZONE));
        form.meetingsFrom = text(facts.meetingsFrom());
        form.meetingsTo = text(facts.meetingsTo());
        form.conferenceDate = text(facts.conferenceDate());
        form.place = facts.place();
        form.contactName = facts.contactName();
        form.contactEmail = facts.contactEmail();
        form.version = version;
        return form;
    }

    /** A new draft starts with the project's title and need, and the buyer as contact. */
    static AnnouncementForm start(String title, String need, String nutsCode, String contactName, String email) {
        AnnouncementForm form = new AnnouncementForm();
        form.title = title;
        form.need = need;
        form.nutsCode = nutsCode;
        form.contactName = contactName;
        form.contactEmail = email;
        return form;
    }

    /** The facts, or null when a field could not be read (its error is then in {@code errors}). */
    @Nullable
    AnnouncementFacts facts(Errors errors, CpvCatalogue catalogue) {
        List<CpvCode> codes = cpv(errors, catalogue);
        NutsCode nuts = nutsCode == null ? null : NutsCode.parse(nutsCode).orElse(null);
        if (nuts == null && !errors.hasFieldErrors("nutsCode")) {
            errors.rejectValue("nutsCode", "dialogue.form.nuts.required");
        }
        Instant deadline = deadline(errors);
        LocalDate from = date(meetingsFrom, "meetingsFrom", errors);
        LocalDate to = date(meetingsTo, "meetingsTo", errors);
        LocalDate conference = date(conferenceDate, "conferenceDate", errors);
        if (errors.hasErrors() || title == null || need == null || nuts == null) {
            return null;
        }
        return new AnnouncementFacts(
                title.strip(),
                need.strip(),
                codes,
                nuts,
                deadline,
                from,
                to,
                conference,
                blankToNull(place),
                blankToNull(contactName),
                blankToNull(contactEmail));
    }

    private List<CpvCode> cpv(Errors errors, CpvCatalogue catalogue) {
        Set<CpvCode> codes = new LinkedHashSet<>();
        if (cpvCodes == null || errors.hasFieldErrors("cpvCodes")) {
            return new ArrayList<>(codes);
        }
        for (String token : Arrays.stream(cpvCodes.split("[,;\\r\\n]+"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList()) {
            CpvEntry entry = catalogue.find(token).orElse(null);
            if (entry == null) {
                errors.rejectValue("cpvCodes", "dialogue.form.cpv.unknown", new Object[] {token}, null);
                return List.of();
            }
            codes.add(entry.code());
        }
        if (codes.size() > 20) {
            errors.rejectValue("cpvCodes", "dialogue.form.cpv.tooMany");
        }
        return new ArrayList<>(codes);
    }

    private @Nullable Instant deadline(Errors errors) {
        if (interestDeadline == null || interestDeadline.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(interestDeadline.strip(), LOCAL_DATE_TIME)
                    .atZone(NorwegianTime.ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            errors.rejectValue("interestDeadline", "dialogue.form.dateTime.invalid");
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "dialogue.form.date.invalid");
            return null;
        }
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getNeed() {
        return need;
    }

    public void setNeed(@Nullable String need) {
        this.need = need;
    }

    public @Nullable String getCpvCodes() {
        return cpvCodes;
    }

    public void setCpvCodes(@Nullable String cpvCodes) {
        this.cpvCodes = cpvCodes;
    }

    public @Nullable String getNutsCode() {
        return nutsCode;
    }

    public void setNutsCode(@Nullable String nutsCode) {
        this.nutsCode = nutsCode;
    }

    public @Nullable String getInterestDeadline() {
        return interestDeadline;
    }

    public void setInterestDeadline(@Nullable String interestDeadline) {
        this.interestDeadline = interestDeadline;
    }

    public @Nullable String getMeetingsFrom() {
        return meetingsFrom;
    }

    public void setMeetingsFrom(@Nullable String meetingsFrom) {
        this.meetingsFrom = meetingsFrom;
    }

    public @Nullable String getMeetingsTo() {
        return meetingsTo;
    }

    public void setMeetingsTo(@Nullable String meetingsTo) {
        this.meetingsTo = meetingsTo;
    }

    public @Nullable String getConferenceDate() {
        return conferenceDate;
    }

    public void setConferenceDate(@Nullable String conferenceDate) {
        this.conferenceDate = conferenceDate;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
