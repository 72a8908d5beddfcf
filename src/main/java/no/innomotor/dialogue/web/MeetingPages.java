package no.innomotor.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.AnnouncementInputRejected;
import no.innomotor.dialogue.CalendarFile;
import no.innomotor.dialogue.MeetingQueries;
import no.innomotor.dialogue.MeetingSeries;
import no.innomotor.dialogue.MeetingSlotId;
import no.innomotor.dialogue.MeetingsManagement;
import no.innomotor.dialogue.MeetingsOverview;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-to-one meetings: the team's slot form, removing and cancelling, minutes; a supplier's booking and its
 * cancellation; the calendar files. The meetings section itself is part of the announcement page. Every command
 * checks the person's right before it reads the form; the slot's version travels with each command, so a page read
 * before someone else's change is refused (409) rather than acted on.
 */
@Controller
class MeetingPages {

    private final MeetingsManagement meetings;
    private final MeetingQueries queries;

    MeetingPages(MeetingsManagement meetings, MeetingQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    /** The announcement page's section, for {@code AnnouncementPages}. */
    static MeetingsSection section(MeetingQueries queries, AnnouncementId id, @Nullable CurrentUser user) {
        MeetingsOverview overview = queries.overview(id, user);
        return MeetingsSection.of(overview);
    }

    // ---- the team ----

    @GetMapping("/announcements/{id}/meetings/new")
    String newSlots(@AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, Model model) {
        meetings.authoriseTeam(id, user);
        MeetingSlotsForm form = new MeetingSlotsForm();
        queries.overview(id, user).length().ifPresent(minutes -> form.setLength(minutes.intValue()));
        return slotsPage(model, id, user, form, new BeanPropertyBindingResult(form, "slotsForm"));
    }

    @PostMapping("/announcements/{id}/meetings")
    String publishSlots(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("slotsForm") MeetingSlotsForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        meetings.authoriseTeam(id, user);
        MeetingSeries series = form.series(errors);
        if (series != null) {
            try {
                meetings.publishSlots(id, series, user);
                return backToMeetings(id, "dialogue.meetings.flash.published", redirect);
            } catch (AnnouncementInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return slotsPage(model, id, user, form, sorted(errors));
    }

    @PostMapping("/meetings/{id}/remove")
    String remove(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable MeetingSlotId id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        meetings.authoriseTeam(id, user);
        AnnouncementId announcement = meetings.remove(id, required(version), user);
        return backToMeetings(announcement, "dialogue.meetings.flash.removed", redirect);
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancelByTeam(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable MeetingSlotId id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        meetings.authoriseTeam(id, user);
        AnnouncementId announcement = meetings.cancelByTeam(id, required(version), user);
        return backToMeetings(announcement, "dialogue.meetings.flash.cancelledByTeam", redirect);
    }

    @PostMapping("/meetings/{id}/minutes")
    String recordMinutes(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable MeetingSlotId id,
            @Valid @ModelAttribute("minutesForm") MinutesForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        meetings.authoriseTeam(id, user);
        if (!errors.hasErrors()) {
            try {
                AnnouncementId announcement = meetings.recordMinutes(id, form.getMinutes(), user);
                return backToMeetings(announcement, "dialogue.meetings.flash.minutes", redirect);
            } catch (DomainException.RuleBroken broken) {
                // An empty or too long text, and minutes before the meeting has started.
                errors.rejectValue("minutes", broken.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new MinutesPage(queries.forTeam(id, user), form, errors));
        return MinutesPage.TEMPLATE;
    }

    @GetMapping("/announcements/{id}/meetings.ics")
    ResponseEntity<String> teamCalendar(
            @AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, Locale locale) {
        return calendar(queries.teamCalendar(id, user, locale));
    }

    // ---- a supplier ----

    @PostMapping("/meetings/{id}/book")
    String book(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable MeetingSlotId id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        meetings.authoriseSupplier(id, user);
        // A refusal (taken a moment ago, one per company, closed, not registered) is the platform's error page with
        // its status, 409 or 422, and the reason in the reader's language.
        AnnouncementId announcement = meetings.book(id, required(version), user);
        return backToMeetings(announcement, "dialogue.meetings.flash.booked", redirect);
    }

    @PostMapping("/meetings/{id}/unbook")
    String cancelBooking(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable MeetingSlotId id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        meetings.authoriseBooking(id, user);
        AnnouncementId announcement = meetings.cancelBooking(id, required(version), user);
        return backToMeetings(announcement, "dialogue.meetings.flash.cancelled", redirect);
    }

    /** The booked meeting's calendar file: for the team and the booking company. */
    @GetMapping("/meetings/{id}/calendar.ics")
    ResponseEntity<String> calendar(
            @AuthenticationPrincipal CurrentUser user, @PathVariable MeetingSlotId id, Locale locale) {
        return calendar(queries.calendar(id, user, locale));
    }

    // ---- helpers ----

    private static ResponseEntity<String> calendar(CalendarFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CalendarFile.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }

    private String slotsPage(
            Model model, AnnouncementId id, CurrentUser user, MeetingSlotsForm form, BindingResult errors) {
        List<MeetingSlotsPage.NoteTaker> noteTakers = queries.teamMembers(id, user).stream()
                .map(p -> new MeetingSlotsPage.NoteTaker(p.id().value().toString(), p.displayName()))
                .toList();
        model.addAttribute(
                "page",
                new MeetingSlotsPage(
                        id,
                        queries.facts(id, user),
                        form,
                        errors,
                        queries.overview(id, user).length(),
                        noteTakers));
        return MeetingSlotsPage.TEMPLATE;
    }

    private static BindingResult sorted(BindingResult errors) {
        BindingResult sorted = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
        errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> {
                    int index = MeetingSlotsForm.FIELDS.indexOf(error.getField());
                    return index < 0 ? MeetingSlotsForm.FIELDS.size() : index;
                }))
                .forEach(sorted::addError);
        errors.getGlobalErrors().forEach(sorted::addError);
        return sorted;
    }

    private static long required(@Nullable Long value) throws MissingServletRequestParameterException {
        if (value == null) {
            throw new MissingServletRequestParameterException("version", "long");
        }
        return value;
    }

    /** After a command: back to the announcement's meetings, with what happened as the flash. */
    private static String backToMeetings(AnnouncementId announcement, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/announcements/" + announcement + "#meetings";
    }
}
