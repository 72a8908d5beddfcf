package no.innomotor.notices.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.notices.ImportOutcome;
import no.innomotor.notices.ImportSummary;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.shared.FileNames;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators upload eForms notice files and see, file by file, what was imported, skipped or rejected. */
@Controller
@RequestMapping("/admin/notices/import")
class NoticeImportPage {

    static final int MAX_FILES = 200;

    private final NoticesManagement notices;

    NoticeImportPage(NoticesManagement notices) {
        this.notices = notices;
    }

    @GetMapping
    String form(@ModelAttribute("upload") NoticeUploadForm upload, BindingResult errors, Model model) {
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("summary")) {
            model.addAttribute("summary", null);
        }
        return "notices/import";
    }

    @PostMapping
    String upload(
            @ModelAttribute("upload") NoticeUploadForm upload,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        List<MultipartFile> files = upload.chosen();
        if (files.isEmpty()) {
            errors.rejectValue("files", "notices.import.files.required");
        } else if (files.size() > MAX_FILES) {
            errors.rejectValue("files", "notices.import.files.tooMany", new Object[] {MAX_FILES}, null);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors);
            model.addAttribute("summary", null);
            return "notices/import";
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (MultipartFile file : files) {
            outcomes.add(importOne(file, user));
        }
        redirect.addFlashAttribute("summary", new ImportSummary(outcomes));
        return "redirect:/admin/notices/import";
    }

    private ImportOutcome importOne(MultipartFile file, CurrentUser user) {
        String name = displayName(file.getOriginalFilename());
        try {
            return notices.importNotice(name, file.getBytes(), user.personId());
        } catch (IOException e) {
            return new ImportOutcome(
                    name,
                    ImportOutcome.Status.REJECTED,
                    ImportOutcome.Reason.UNREADABLE,
                    -1,
                    -1,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** The file's own name, cleaned by the platform's one sanitiser, at most 200 characters. */
    static String displayName(@Nullable String original) {
        String name = FileNames.clean(original, "?");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
