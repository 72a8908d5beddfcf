package no.innomotor.notices.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityId;
import no.innomotor.notices.OpportunityNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The opportunities as JSON for other systems and researchers: the list with the page's filters, and one by id. */
@RestController
@RequestMapping("/api/v1/opportunities")
class OpportunityApi {

    /** One page of opportunities, newest first. */
    record OpportunityPage(List<OpportunityJson> items, int page, int size, long total) {}

    private final NoticesManagement notices;
    private final CpvCatalogue cpv;
    private final MessageSource messages;

    OpportunityApi(NoticesManagement notices, CpvCatalogue cpv, MessageSource messages) {
        this.notices = notices;
        this.cpv = cpv;
        this.messages = messages;
    }

    @GetMapping
    ResponseEntity<?> list(
            @Valid @ModelAttribute("filter") OpportunityFilterForm filter,
            BindingResult errors,
            @RequestParam(defaultValue = "" + NoticesManagement.DEFAULT_PAGE_SIZE) int size) {
        if (!errors.hasFieldErrors("cpv")
                && filter.getCpv() != null
                && !filter.getCpv().isBlank()
                && !cpv.isKnown(filter.getCpv())) {
            errors.rejectValue("cpv", "notices.filter.cpv.unknown");
        }
        if (errors.hasErrors()) {
            FieldError first = errors.getFieldErrors().get(0);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(first, LocaleContextHolder.getLocale()));
            problem.setProperty("field", first.getField());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        Page<Opportunity> page = notices.search(filter.toFilter(), filter.getPage(), size);
        return ResponseEntity.ok(new OpportunityPage(
                page.getContent().stream().map(OpportunityJson::of).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements()));
    }

    @GetMapping("/{id}")
    OpportunityJson show(@PathVariable UUID id) {
        return notices.find(new OpportunityId(id))
                .map(OpportunityJson::of)
                .orElseThrow(() -> new OpportunityNotFound(new OpportunityId(id)));
    }
}
