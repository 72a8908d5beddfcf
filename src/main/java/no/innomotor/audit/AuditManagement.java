package no.innomotor.audit;

import jakarta.persistence.criteria.Predicate;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail: an object's timeline, and the filtered log for administrators. */
@Service
@Transactional(readOnly = true)
public class AuditManagement {

    private final AuditRecordRepository records;
    private final OrganisationsManagement organisations;
    private final AuditLines lines;

    AuditManagement(AuditRecordRepository records, OrganisationsManagement organisations, AuditLines lines) {
        this.records = records;
        this.organisations = organisations;
        this.lines = lines;
    }

    /** Everything recorded about one object, oldest first. */
    public List<AuditEntry> timeline(String objectType, String objectId) {
        return toEntries(records.findByObjectTypeAndObjectIdOrderByOccurredAtAsc(objectType, objectId));
    }

    /** The kinds of object the trail holds records about, for the log's filter. */
    public List<String> objectTypes() {
        return records.findObjectTypes();
    }

    /** The action codes the trail holds records of, with their names in the reader's language, sorted by name. */
    public List<ActionName> actions() {
        Locale locale = LocaleContextHolder.getLocale();
        return records.findActions().stream()
                .map(code -> new ActionName(code, lines.name(code, locale)))
                .sorted(Comparator.comparing(ActionName::name, Collator.getInstance(locale)))
                .toList();
    }

    /** An action code and its translated name. */
    public record ActionName(String code, String name) {}

    /** A filter for the audit log; every part is optional. */
    public record Filter(
            @Nullable OrganisationId organisation,
            @Nullable PersonId actor,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String text,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String action) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null);
        }
    }

    /** The newest records first, filtered, one page at a time. */
    public Page<AuditEntry> search(Filter filter, int page, int size) {
        Specification<AuditRecord> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.organisation() != null) {
                where.add(cb.equal(
                        root.get("organisationId"), filter.organisation().value()));
            }
            if (filter.actor() != null) {
                where.add(cb.equal(root.get("actorId"), filter.actor().value()));
            }
            if (filter.objectType() != null && !filter.objectType().isBlank()) {
                where.add(cb.equal(root.get("objectType"), filter.objectType()));
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.objectId() != null && !filter.objectId().isBlank()) {
                where.add(cb.equal(root.get("objectId"), filter.objectId()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like =
                        "%" + filter.text().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("summary")), like, '\\'),
                        cb.like(cb.lower(root.get("action")), like, '\\')));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<AuditRecord> found = records.findAll(
                spec,
                PageRequest.of(
                        Math.max(0, page),
                        Math.min(Math.max(1, size), 200),
                        Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
        Map<UUID, Optional<PersonSummary>> names = new HashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        return found.map(record -> toEntry(record, names, locale));
    }

    private List<AuditEntry> toEntries(List<AuditRecord> found) {
        Map<UUID, Optional<PersonSummary>> names = new HashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        return found.stream().map(record -> toEntry(record, names, locale)).toList();
    }

    /** Names are looked up once per person per call; a deleted person shows without a name. */
    private AuditEntry toEntry(AuditRecord record, Map<UUID, Optional<PersonSummary>> names, Locale locale) {
        PersonId actor = record.actorId() == null ? null : new PersonId(record.actorId());
        String name = actor == null
                ? null
                : names.computeIfAbsent(actor.value(), id -> organisations.findPerson(actor))
                        .map(PersonSummary::displayName)
                        .orElse(null);
        return new AuditEntry(
                record.id(),
                record.occurredAt(),
                actor,
                name,
                record.organisationId() == null ? null : new OrganisationId(record.organisationId()),
                record.action(),
                record.objectType(),
                record.objectId(),
                record.summary(),
                lines.name(record.action(), locale),
                lines.line(record.action(), record.details(), record.summary(), locale));
    }
}
