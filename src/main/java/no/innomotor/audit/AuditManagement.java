package no.innomotor.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
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

    AuditManagement(AuditRecordRepository records, OrganisationsManagement organisations) {
        this.records = records;
        this.organisations = organisations;
    }

    /** Everything recorded about one object, oldest first. */
    public List<AuditEntry> timeline(String objectType, String objectId) {
        return toEntries(records.findByObjectTypeAndObjectIdOrderByOccurredAtAsc(objectType, objectId));
    }

    /** The kinds of object the trail holds records about, for the log's filter. */
    public List<String> objectTypes() {
        return records.findObjectTypes();
    }

    /** A filter for the audit log; every part is optional. */
    public record Filter(
            @Nullable OrganisationId organisation,
            @Nullable PersonId actor,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String text,
            @Nullable Instant from,
            @Nullable Instant to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
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
        return found.map(record -> toEntry(record, names));
    }

    private List<AuditEntry> toEntries(List<AuditRecord> found) {
        Map<UUID, Optional<PersonSummary>> names = new HashMap<>();
        return found.stream().map(record -> toEntry(record, names)).toList();
    }

    /** Names are looked up once per person per call; a deleted person shows without a name. */
    private AuditEntry toEntry(AuditRecord record, Map<UUID, Optional<PersonSummary>> names) {
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
                record.summary());
    }
}
