package no.innomotor.dialogue.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.dialogue.LogKind;
import no.innomotor.dialogue.LogLine;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.FileNames;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dialogue log for the announcement's team: the page, filtered by company and by kind, and the log with all
 * questions and written input as PDF and XLSX for the needs document and the documentation duty. Everyone else is
 * told the announcement does not exist (the service decides, before anything is read).
 */
@Controller
class DialogueLogPages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DialogueQueries queries;
    private final ProjectQueries projects;
    private final DialogueLogExport export;
    private final MessageSource messages;
    private final Clock clock;

    DialogueLogPages(
            DialogueQueries queries,
            ProjectQueries projects,
            DialogueLogExport export,
            MessageSource messages,
            Clock clock) {
        this.queries = queries;
        this.projects = projects;
        this.export = export;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/announcements/{id}/log")
    String page(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam(required = false) @Nullable String kind,
            Model model) {
        List<LogLine> all = queries.log(id, user);
        AnnouncementView announcement = queries.announcement(id, user);
        Optional<UUID> chosenCompany = uuid(company);
        Optional<LogKind> chosenKind = LogKind.fromCode(kind);
        Map<UUID, String> companies = new LinkedHashMap<>();
        all.stream()
                .filter(line -> line.companyId() != null)
                .forEach(line ->
                        companies.putIfAbsent(line.companyId(), Objects.requireNonNullElse(line.companyName(), "")));
        List<LogKind> kinds =
                all.stream().map(LogLine::kind).distinct().sorted().toList();
        List<LogLine> shown = all.stream()
                .filter(line -> chosenCompany.isEmpty() || chosenCompany.get().equals(line.companyId()))
                .filter(line -> chosenKind.isEmpty() || chosenKind.get() == line.kind())
                .toList();
        model.addAttribute(
                "page",
                new DialogueLogPage(
                        announcement,
                        shown,
                        all.size(),
                        companies.entrySet().stream()
                                .map(e -> new DialogueLogPage.Company(e.getKey(), e.getValue()))
                                .sorted(Comparator.comparing(DialogueLogPage.Company::name))
                                .toList(),
                        kinds,
                        chosenCompany,
                        chosenKind));
        return DialogueLogPage.TEMPLATE;
    }

    @GetMapping("/announcements/{id}/log.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, Locale locale) {
        return file(export.pdf(contents(id, user), locale), MediaType.APPLICATION_PDF, "pdf", id, user, locale);
    }

    @GetMapping("/announcements/{id}/log.xlsx")
    ResponseEntity<byte[]> xlsx(
            @AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, Locale locale) {
        return file(export.xlsx(contents(id, user), locale), XLSX, "xlsx", id, user, locale);
    }

    /** Everything the exports hold; the log's check comes first, so a reader outside the team learns nothing. */
    private DialogueLogExport.Contents contents(AnnouncementId id, CurrentUser user) {
        List<LogLine> lines = queries.log(id, user);
        AnnouncementView announcement = queries.announcement(id, user);
        return new DialogueLogExport.Contents(
                announcement,
                projects.get(announcement.project(), user).title(),
                lines,
                queries.questions(id, user),
                queries.inputs(id, user),
                user.displayName(),
                clock.instant());
    }

    private ResponseEntity<byte[]> file(
            byte[] content, MediaType type, String extension, AnnouncementId id, CurrentUser user, Locale locale) {
        String title = queries.announcement(id, user).facts().title();
        String prefix = messages.getMessage("dialogue.log.export.file", null, "dialogue-log", locale);
        String filename = FileNames.clean(prefix + " " + title.replaceAll("[\\\\/:*?<>|]", " ") + "." + extension);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    private static Optional<UUID> uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
