package no.innomotor.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit log: every recorded change, newest first, filtered by organisation, kind of object, text and dates. */
@Controller
@RequestMapping(AuditAccess.PATH)
class AuditLogController {

    static final int PAGE_SIZE = 50;
    /** Dates a person types are Norwegian calendar days. */
    private final AuditManagement audit;

    private final OrganisationsManagement organisations;
    private final MessageSource messages;

    AuditLogController(AuditManagement audit, OrganisationsManagement organisations, MessageSource messages) {
        this.audit = audit;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping
    String log(
            @Valid @ModelAttribute("filter") AuditFilterForm filter,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<OrganisationSummary> all = organisations.all();
        Function<String, String> typeName = type -> objectTypeName(type, locale);
        List<AuditLogView.ObjectType> objectTypes = audit.objectTypes().stream()
                .map(type -> new AuditLogView.ObjectType(type, typeName.apply(type)))
                .toList();
        List<AuditManagement.ActionName> actions = audit.actions();

        Optional<LocalDate> from = date(filter.getFrom(), "from", errors);
        Optional<LocalDate> to = date(filter.getTo(), "to", errors);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.rejectValue("to", "audit.filter.date.beforeFrom");
        }
        String organisation = AuditFilterForm.blankToNull(filter.getOrganisation());
        if (!errors.hasFieldErrors("organisation")
                && organisation != null
                && all.stream().noneMatch(o -> o.id().toString().equalsIgnoreCase(organisation))) {
            errors.rejectValue("organisation", "audit.filter.organisation.invalid");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", new AuditLogPage(filter, errors, all, objectTypes, actions, Optional.empty()));
            return AuditLogPage.TEMPLATE;
        }

        AuditManagement.Filter query = new AuditManagement.Filter(
                organisation == null ? null : OrganisationId.of(organisation),
                null,
                AuditFilterForm.blankToNull(filter.getObjectType()),
                null,
                AuditFilterForm.blankToNull(filter.getText()),
                from.map(day -> day.atStartOfDay(NorwegianTime.ZONE).toInstant())
                        .orElse(null),
                to.map(day -> day.plusDays(1).atStartOfDay(NorwegianTime.ZONE).toInstant())
                        .orElse(null),
                AuditFilterForm.blankToNull(filter.getAction()));
        int page = filter.pageNumber();
        Page<AuditEntry> found = audit.search(query, page - 1, PAGE_SIZE);
        if (found.getTotalPages() > 0 && page > found.getTotalPages()) {
            page = found.getTotalPages();
            found = audit.search(query, page - 1, PAGE_SIZE);
        }
        Map<OrganisationId, String> names =
                all.stream().collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
        model.addAttribute(
                "page",
                new AuditLogPage(
                        filter,
                        errors,
                        all,
                        objectTypes,
                        actions,
                        Optional.of(view(found, page, names, filter, typeName))));
        return AuditLogPage.TEMPLATE;
    }

    private static Optional<LocalDate> date(@Nullable String input, String field, BindingResult errors) {
        if (errors.hasFieldErrors(field)) {
            return Optional.empty();
        }
        try {
            return AuditFilterForm.parseDate(input);
        } catch (DateTimeException e) {
            errors.rejectValue(field, "audit.filter." + field + ".invalid");
            return Optional.empty();
        }
    }

    /**
     * The kind of object in the reader's language ({@code audit.objectType.<type>}); the stored type itself for a
     * kind no bundle names yet, so a record is never hidden.
     */
    private String objectTypeName(String type, Locale locale) {
        return messages.getMessage("audit.objectType." + type, null, type, locale);
    }

    private static AuditLogView view(
            Page<AuditEntry> found,
            int page,
            Map<OrganisationId, String> names,
            AuditFilterForm filter,
            Function<String, String> typeName) {
        List<AuditLogView.Row> rows = found.getContent().stream()
                .map(entry -> new AuditLogView.Row(
                        entry.occurredAt(),
                        entry.actor() == null,
                        entry.actorName(),
                        entry.organisation() == null ? null : names.get(entry.organisation()),
                        entry.action(),
                        entry.actionName(),
                        entry.objectType(),
                        typeName.apply(entry.objectType()),
                        entry.objectId(),
                        entry.line()))
                .toList();
        long first = found.getTotalElements() == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
        return new AuditLogView(
                rows,
                found.getTotalElements(),
                page,
                Math.max(1, found.getTotalPages()),
                first,
                first == 0 ? 0 : first + rows.size() - 1,
                found.hasPrevious() ? href(filter, page - 1) : null,
                found.hasNext() ? href(filter, page + 1) : null);
    }

    /** A link to another page of the same filtered log. */
    static String href(AuditFilterForm filter, int page) {
        Map<String, @Nullable String> params = new LinkedHashMap<>();
        params.put("organisation", filter.getOrganisation());
        params.put("objectType", filter.getObjectType());
        params.put("action", filter.getAction());
        params.put("text", filter.getText());
        params.put("from", filter.getFrom());
        params.put("to", filter.getTo());
        Function<String, String> encode = value -> URLEncoder.encode(value.trim(), StandardCharsets.UTF_8);
        String query = params.entrySet().stream()
                .filter(param -> param.getValue() != null && !param.getValue().isBlank())
                .map(param -> param.getKey() + "=" + encode.apply(param.getValue()))
                .collect(Collectors.joining("&"));
        return AuditAccess.PATH + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
    }
}
