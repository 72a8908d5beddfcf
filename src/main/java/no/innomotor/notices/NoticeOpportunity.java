package no.innomotor.notices;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.StoredRecord;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * One imported notice. Its content is replaced in place when a newer version of the same notice, or a change notice
 * for it, is imported; {@code noticeId} stays the first notice's identifier, {@code currentNoticeId} names the
 * notice the content comes from now. Codes and amounts are kept in the columns and index fields as strings and
 * numbers, so search and facets see what they always saw; {@link #toRecord()} gives them as CPV codes, NUTS codes
 * and money.
 */
@Entity
@Table(name = "notice_opportunity")
@Indexed(index = "opportunity")
class NoticeOpportunity {

    static final StoredRecord<Opportunity> STORED = StoredRecord.of(Opportunity.class);

    static final int TITLE_LENGTH = 1000;
    static final int DESCRIPTION_LENGTH = 10000;

    @Id
    private UUID id;

    @KeywordField
    @Column(name = "notice_id", nullable = false, length = 100)
    private String noticeId;

    @Column(name = "current_notice_id", nullable = false, length = 100)
    private String currentNoticeId;

    @Column(name = "changes_notice_id", length = 100)
    private @Nullable String changesNoticeId;

    @Column(name = "notice_version", nullable = false, length = 20)
    private String noticeVersion;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable NoticeKind kind;

    @Column(name = "notice_type", length = 40)
    private @Nullable String noticeType;

    @Column(name = "form_type", length = 30)
    private @Nullable String formType;

    @Column(length = 10)
    private @Nullable String subtype;

    @Column(name = "issued_at")
    private @Nullable Instant issuedAt;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @Column(name = "procedure_type", length = 40)
    private @Nullable String procedureType;

    @Column(name = "contract_nature", length = 40)
    private @Nullable String contractNature;

    @GenericField
    private @Nullable Instant deadline;

    @Column(name = "estimated_value", precision = 24, scale = 2)
    private @Nullable BigDecimal estimatedValue;

    @Column(length = 3)
    private @Nullable String currency;

    @Column(name = "strategic_innovation", nullable = false)
    private boolean strategicInnovation;

    @Column(name = "innovative_acquisition", length = 200)
    private @Nullable String innovativeAcquisition;

    @Column(name = "source_url", length = 500)
    private @Nullable String sourceUrl;

    @GenericField
    @Column(nullable = false)
    private boolean cancelled;

    @Column(length = 200)
    private @Nullable String languages;

    /** Written by the embedded default's demo data, not imported from a notice. */
    @GenericField
    @Column(nullable = false)
    private boolean demo;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Null until first stored, which also tells Spring Data the opportunity is new (no merge, no extra select). */
    @Version
    private @Nullable Long version;

    @FullTextField(analyzer = NoticeSearch.ANALYZER)
    @FullTextField(name = "titles_parts", analyzer = NoticeSearch.PARTS, searchAnalyzer = NoticeSearch.PARTS_QUERY)
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "notice_opportunity_title", joinColumns = @JoinColumn(name = "opportunity_id"))
    @MapKeyColumn(name = "language", length = 10)
    @Column(name = "content", nullable = false, length = TITLE_LENGTH)
    private Map<String, String> titles = new LinkedHashMap<>();

    @FullTextField(analyzer = NoticeSearch.ANALYZER)
    @FullTextField(
            name = "descriptions_parts",
            analyzer = NoticeSearch.PARTS,
            searchAnalyzer = NoticeSearch.PARTS_QUERY)
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "notice_opportunity_description", joinColumns = @JoinColumn(name = "opportunity_id"))
    @MapKeyColumn(name = "language", length = 10)
    @Column(name = "content", nullable = false, length = DESCRIPTION_LENGTH)
    private Map<String, String> descriptions = new LinkedHashMap<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "notice_opportunity_cpv", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "idx")
    @Column(name = "code", nullable = false, length = 10)
    private List<String> cpvCodes = new ArrayList<>();

    @KeywordField
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "notice_opportunity_cpv_scope", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "code", nullable = false, length = 10)
    private Set<String> cpvScope = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "notice_opportunity_nuts", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "idx")
    @Column(name = "code", nullable = false, length = 10)
    private List<String> nutsCodes = new ArrayList<>();

    @IndexedEmbedded
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "notice_opportunity_buyer", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "idx")
    private List<OpportunityBuyer> buyers = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "notice_opportunity_lot", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "idx")
    private List<OpportunityLot> lots = new ArrayList<>();

    /** The winning tenderers of a result notice, in the order the notice names them; not indexed. */
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "notice_opportunity_winner", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "idx")
    private List<OpportunityWinner> winners = new ArrayList<>();

    protected NoticeOpportunity() {}

    NoticeOpportunity(ExtractedNotice notice, Set<CpvCode> cpvScope, Instant now) {
        this.id = UUID.randomUUID();
        this.noticeId = notice.noticeId();
        this.importedAt = stored(now);
        apply(notice, cpvScope, now);
    }

    /** Marks an opportunity the demo data wrote; it stays marked whatever later versions bring. */
    void markDemo() {
        this.demo = true;
    }

    /** Points the opportunity to a page of the platform's own: a listed announcement's public page. */
    void linkTo(String url) {
        this.sourceUrl = cut(url, 500);
    }

    /** Marks it cancelled (a listed announcement withdrawn); false when it was already. */
    boolean markCancelled(Instant now) {
        if (cancelled) {
            return false;
        }
        this.cancelled = true;
        this.updatedAt = stored(now);
        return true;
    }

    List<AwardWinner> winners() {
        return winners.stream().map(OpportunityWinner::toRecord).toList();
    }

    String firstTitle() {
        return titles.values().stream().findFirst().orElse(noticeId);
    }

    /** Takes the content of a newer version of this notice, or of a change notice for it. */
    void apply(ExtractedNotice notice, Set<CpvCode> scope, Instant now) {
        this.currentNoticeId = notice.noticeId();
        this.changesNoticeId = notice.changesNoticeId();
        this.noticeVersion = cut(notice.version(), 20);
        this.versionNumber = notice.versionNumber();
        this.kind = notice.kind();
        this.noticeType = cutOrNull(notice.noticeType(), 40);
        this.formType = cutOrNull(notice.formType(), 30);
        this.subtype = cutOrNull(notice.subtype(), 10);
        this.issuedAt = notice.issuedAt();
        this.publishedOn = notice.publishedOn();
        this.procedureType = cutOrNull(notice.procedureType(), 40);
        this.contractNature = cutOrNull(notice.contractNature(), 40);
        this.deadline = notice.deadline() == null ? null : stored(notice.deadline());
        this.estimatedValue = amount(notice.estimatedValue());
        this.currency = currency(notice.estimatedValue());
        this.strategicInnovation = notice.strategicInnovation();
        this.innovativeAcquisition = notice.innovativeAcquisition().isEmpty()
                ? null
                : cut(String.join(" ", notice.innovativeAcquisition()), 200);
        this.sourceUrl = cutOrNull(notice.sourceUrl(), 500);
        this.cancelled = this.cancelled || notice.cancelled();
        this.languages = notice.languages().isEmpty() ? null : cut(String.join(" ", notice.languages()), 200);
        this.updatedAt = stored(now);
        this.titles.clear();
        notice.titles().forEach((language, text) -> titles.put(cut(language, 10), cut(text, TITLE_LENGTH)));
        this.descriptions.clear();
        notice.descriptions()
                .forEach((language, text) -> descriptions.put(cut(language, 10), cut(text, DESCRIPTION_LENGTH)));
        this.cpvCodes.clear();
        notice.cpvCodes().stream().map(CpvCode::value).forEach(cpvCodes::add);
        this.cpvScope.clear();
        scope.stream().map(CpvCode::value).forEach(cpvScope::add);
        this.nutsCodes.clear();
        notice.nutsCodes().stream().map(NutsCode::value).forEach(nutsCodes::add);
        this.buyers.clear();
        notice.buyers().stream().map(OpportunityBuyer::new).forEach(buyers::add);
        this.winners.clear();
        notice.winners().stream().map(OpportunityWinner::new).forEach(winners::add);
        this.lots.clear();
        notice.lots().stream().map(OpportunityLot::new).forEach(lots::add);
    }

    /**
     * The whole read model, so the list, the feed, the API and matching answer from the index without loading each
     * hit from the database; written again whenever anything it holds changes.
     */
    @GenericField(name = "stored", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "noticeId")),
                @ObjectPath(@PropertyValue(propertyName = "currentNoticeId")),
                @ObjectPath(@PropertyValue(propertyName = "noticeVersion")),
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "noticeType")),
                @ObjectPath(@PropertyValue(propertyName = "subtype")),
                @ObjectPath(@PropertyValue(propertyName = "publishedOn")),
                @ObjectPath(@PropertyValue(propertyName = "buyers")),
                @ObjectPath(@PropertyValue(propertyName = "titles")),
                @ObjectPath(@PropertyValue(propertyName = "descriptions")),
                @ObjectPath(@PropertyValue(propertyName = "cpvCodes")),
                @ObjectPath(@PropertyValue(propertyName = "cpvScope")),
                @ObjectPath(@PropertyValue(propertyName = "nutsCodes")),
                @ObjectPath(@PropertyValue(propertyName = "procedureType")),
                @ObjectPath(@PropertyValue(propertyName = "contractNature")),
                @ObjectPath(@PropertyValue(propertyName = "lots")),
                @ObjectPath(@PropertyValue(propertyName = "deadline")),
                @ObjectPath(@PropertyValue(propertyName = "estimatedValue")),
                @ObjectPath(@PropertyValue(propertyName = "currency")),
                @ObjectPath(@PropertyValue(propertyName = "strategicInnovation")),
                @ObjectPath(@PropertyValue(propertyName = "innovativeAcquisition")),
                @ObjectPath(@PropertyValue(propertyName = "sourceUrl")),
                @ObjectPath(@PropertyValue(propertyName = "cancelled")),
                @ObjectPath(@PropertyValue(propertyName = "importedAt")),
                @ObjectPath(@PropertyValue(propertyName = "updatedAt")),
                @ObjectPath(@PropertyValue(propertyName = "demo"))
            })
    String getStored() {
        return STORED.write(toRecord());
    }

    /** The read model's shape when this document was written: {@link OpportunityIndex} rebuilds on a change. */
    @KeywordField(name = "storedShape")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
    String getStoredShape() {
        return STORED.shape();
    }

    /** Every prefix of every NUTS code (NO, NO0, NO08, NO081), so a region finds the places inside it. */
    @KeywordField(name = "nutsPrefix")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "nutsCodes")))
    Set<String> getNutsPrefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String code : nutsCodes) {
            for (int length = 2; length <= code.length(); length++) {
                prefixes.add(code.substring(0, length));
            }
        }
        return prefixes;
    }

    /** Strategic procurement of innovation, or any innovative-acquisition code. */
    @GenericField(name = "innovative")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "strategicInnovation")),
                @ObjectPath(@PropertyValue(propertyName = "innovativeAcquisition"))
            })
    boolean isInnovative() {
        return strategicInnovation || innovativeAcquisition != null;
    }

    UUID id() {
        return id;
    }

    String noticeId() {
        return noticeId;
    }

    String currentNoticeId() {
        return currentNoticeId;
    }

    @Nullable
    String changesNoticeId() {
        return changesNoticeId;
    }

    int versionNumber() {
        return versionNumber;
    }

    Opportunity toRecord() {
        return new Opportunity(
                new OpportunityId(id),
                noticeId,
                noticeVersion,
                kind,
                noticeType,
                subtype,
                publishedOn,
                buyers.stream().map(OpportunityBuyer::toRecord).toList(),
                titles,
                descriptions,
                cpvCodes(cpvCodes),
                Set.copyOf(cpvCodes(cpvScope)),
                nutsCodes.stream()
                        .flatMap(code -> NutsCode.parse(code).stream())
                        .toList(),
                procedureType,
                contractNature,
                lots.stream().map(OpportunityLot::toRecord).toList(),
                deadline,
                money(estimatedValue, currency),
                strategicInnovation,
                innovativeAcquisition == null ? List.of() : Arrays.asList(innovativeAcquisition.split(" ")),
                sourceUrl,
                currentNoticeId.equals(noticeId) ? null : currentNoticeId,
                cancelled,
                importedAt,
                updatedAt,
                demo);
    }

    /**
     * An instant as the database keeps it (to the microsecond), so the read model the index stores equals the one
     * read back from the database.
     */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    static @Nullable String cutOrNull(@Nullable String text, int length) {
        return text == null ? null : cut(text, length);
    }

    static @Nullable BigDecimal amount(@Nullable Money money) {
        return money == null ? null : money.amount();
    }

    static @Nullable String currency(@Nullable Money money) {
        return money == null ? null : money.currency().getCurrencyCode();
    }

    /** The stored amount and currency as money; none when either is missing or the currency is unknown. */
    static @Nullable Money money(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null || currency == null) {
            return null;
        }
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException unknownCurrencyOrOutOfRange) {
            return null;
        }
    }

    /** Stored codes as CPV codes; one stored before codes were checked, and not eight digits, is left out. */
    static List<CpvCode> cpvCodes(Collection<String> codes) {
        return codes.stream().flatMap(code -> CpvCode.parse(code).stream()).toList();
    }
}
