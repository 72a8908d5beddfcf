package no.innomotor.suppliers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.StoredRecord;
import no.innomotor.suppliers.SupplierEvents.ProfileCreated;
import no.innomotor.suppliers.SupplierEvents.ProfileUpdated;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A company's supplier profile: one per company organisation, its id the organisation's. What it offers (competences
 * as CPV codes, regions served, keywords, pitch), its facts (employees and the EU size class they give, founding
 * year, whether it has sold to the public sector), the parts the supplier may keep to itself (contacts, references,
 * growth ambitions) and what it lets buyers and advisers see. Every change registers an event; the repository
 * publishes it on save.
 *
 * <p>The index holds what the directory filters on (CPV codes with their ancestors, region prefixes, size, whether
 * new to the public sector, free text over name, pitch and keywords) and the {@link SupplierListing}, never a hidden
 * part.
 */
@Entity
@Table(name = "supplier_profile")
@Indexed(index = "supplier")
class SupplierProfile extends AbstractAggregateRoot<SupplierProfile> {

    static final StoredRecord<SupplierListing> STORED = StoredRecord.of(SupplierListing.class);

    static final int MAX_CPV = 30;
    static final int MAX_REGIONS = 20;
    static final int MAX_KEYWORDS = 20;
    static final int MAX_CONTACTS = 3;
    static final int MAX_TEXT = 4_000;

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @FullTextField(analyzer = "norwegian")
    @KeywordField(name = "nameSort", normalizer = "sort", sortable = Sortable.YES)
    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Column(nullable = false)
    private int employees;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 10)
    private SizeClass sizeClass;

    @Column(name = "founded_year")
    private @Nullable Integer foundedYear;

    /** The competences as CPV codes, separated by spaces, in the order chosen. */
    @Column(nullable = false, length = 2000)
    private String competences;

    /** The competences with every ancestor in the CPV tree, so a directory filter finds a code's descendants. */
    @Column(name = "competence_scope", nullable = false, length = 4000)
    private String competenceScope;

    /** The NUTS codes of the regions served, separated by spaces. */
    @Column(nullable = false, length = 1000)
    private String regions;

    /** The keywords, separated by commas. */
    @FullTextField(analyzer = "norwegian")
    @Column(nullable = false, length = 1000)
    private String keywords;

    @FullTextField(analyzer = "norwegian")
    @Column(nullable = false, columnDefinition = "text")
    private String pitch;

    @Column(name = "reference_text", nullable = false, columnDefinition = "text")
    private String references;

    @GenericField
    @Column(name = "sold_to_public", nullable = false)
    private boolean soldToPublic;

    @Column(name = "target_markets", nullable = false, columnDefinition = "text")
    private String targetMarkets;

    @Column(name = "three_year_goal", nullable = false, columnDefinition = "text")
    private String threeYearGoal;

    @Column(name = "help_wanted", nullable = false, columnDefinition = "text")
    private String helpWanted;

    @GenericField
    @Column(nullable = false)
    private boolean listed;

    @Column(name = "contacts_visible", nullable = false)
    private boolean contactsVisible;

    @Column(name = "references_visible", nullable = false)
    private boolean referencesVisible;

    @Column(name = "growth_visible", nullable = false)
    private boolean growthVisible;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A wrapper, so a new profile is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "supplier_profile_contact", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "sort_order")
    private List<Contact> contacts = new ArrayList<>();

    protected SupplierProfile() {}

    SupplierProfile(
            OrganisationId organisation,
            String companyName,
            ProfileFacts facts,
            Set<CpvCode> scope,
            @Nullable PersonId by,
            Instant now) {
        this.organisationId = organisation.value();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        apply(companyName, facts, scope, now);
        registerEvent(new ProfileCreated(
                by, organisation, companyName, sizeClass, facts.visibility().listed()));
    }

    /** Changes the profile from the version the person saw. */
    void change(
            String companyName,
            ProfileFacts facts,
            Set<CpvCode> scope,
            long expectedVersion,
            PersonId by,
            Instant now) {
        if (expectedVersion != version()) {
            throw new ProfileChangedConcurrently(organisation());
        }
        apply(companyName, facts, scope, now);
        registerEvent(new ProfileUpdated(
                by,
                organisation(),
                companyName,
                sizeClass,
                listed,
                contactsVisible,
                referencesVisible,
                growthVisible,
                codes(competences)));
    }

    private void apply(String companyName, ProfileFacts facts, Set<CpvCode> scope, Instant now) {
        if (facts.competences().size() > MAX_CPV
                || facts.regions().size() > MAX_REGIONS
                || facts.keywords().size() > MAX_KEYWORDS
                || facts.contacts().size() > MAX_CONTACTS) {
            throw new IllegalArgumentException("Too many competences, regions, keywords or contacts");
        }
        this.companyName = companyName;
        this.employees = facts.employees();
        this.sizeClass = SizeClass.of(facts.employees());
        this.foundedYear = facts.foundedYear();
        this.competences = join(facts.competences().stream().map(CpvCode::value).toList(), " ");
        this.competenceScope = join(scope.stream().map(CpvCode::value).sorted().toList(), " ");
        this.regions = join(facts.regions().stream().map(NutsCode::value).toList(), " ");
        this.keywords = join(facts.keywords(), ",");
        this.pitch = facts.pitch();
        this.references = facts.references();
        this.soldToPublic = facts.soldToPublicSector();
        this.targetMarkets = facts.targetMarkets();
        this.threeYearGoal = facts.threeYearGoal();
        this.helpWanted = facts.helpWanted();
        this.listed = facts.visibility().listed();
        this.contactsVisible = facts.visibility().contacts();
        this.referencesVisible = facts.visibility().references();
        this.growthVisible = facts.visibility().growth();
        this.contacts.clear();
        facts.contacts().forEach(contact -> contacts.add(new Contact(contact)));
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    static String join(Collection<String> values, String separator) {
        return String.join(separator, new LinkedHashSet<>(values));
    }

    static List<String> codes(String column) {
        return column.isBlank() ? List.of() : Arrays.asList(column.strip().split(" +"));
    }

    static List<String> words(String column) {
        return column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(","))
                        .map(String::strip)
                        .filter(word -> !word.isEmpty())
                        .toList();
    }

    // ---- reading ----

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    long version() {
        return version == null ? 0 : version;
    }

    boolean listed() {
        return listed;
    }

    /** Complete enough for buyers to judge the company: competences, regions, a pitch and a contact person. */
    boolean complete() {
        return !competences.isBlank() && !regions.isBlank() && !pitch.isBlank() && !contacts.isEmpty();
    }

    /** The facts as the supplier wrote them, every part included: for the supplier's own form. */
    ProfileFacts facts() {
        return new ProfileFacts(
                employees,
                foundedYear,
                codes(competences).stream().map(CpvCode::of).toList(),
                codes(regions).stream().map(NutsCode::of).toList(),
                words(keywords),
                pitch,
                references,
                contacts.stream().map(Contact::toRecord).toList(),
                soldToPublic,
                targetMarkets,
                threeYearGoal,
                helpWanted,
                new ProfileFacts.Visibility(listed, contactsVisible, referencesVisible, growthVisible));
    }

    SupplierListing listing() {
        return new SupplierListing(
                organisationId,
                companyName,
                sizeClass,
                employees,
                foundedYear,
                codes(competences),
                codes(regions),
                words(keywords),
                pitch,
                soldToPublic,
                updatedAt);
    }

    /**
     * The profile as {@code fullView} readers see it (the company itself and administrators: everything) or as
     * buyers and advisers do (the parts the supplier keeps to itself left out, not merely hidden).
     */
    SupplierProfileView view(boolean fullView) {
        ProfileFacts facts = facts();
        return new SupplierProfileView(
                listing(),
                fullView || contactsVisible ? facts.contacts() : List.of(),
                fullView || referencesVisible ? facts.references() : "",
                fullView || growthVisible
                        ? new SupplierProfileView.Growth(targetMarkets, threeYearGoal, helpWanted)
                        : new SupplierProfileView.Growth("", "", ""),
                facts.visibility(),
                version(),
                fullView);
    }

    /** The events registered since the repository last saved the profile, oldest first. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    // ---- the index ----

    @GenericField(name = "stored", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "companyName")),
                @ObjectPath(@PropertyValue(propertyName = "employees")),
                @ObjectPath(@PropertyValue(propertyName = "sizeClass")),
                @ObjectPath(@PropertyValue(propertyName = "foundedYear")),
                @ObjectPath(@PropertyValue(propertyName = "competences")),
                @ObjectPath(@PropertyValue(propertyName = "regions")),
                @ObjectPath(@PropertyValue(propertyName = "keywords")),
                @ObjectPath(@PropertyValue(propertyName = "pitch")),
                @ObjectPath(@PropertyValue(propertyName = "soldToPublic")),
                @ObjectPath(@PropertyValue(propertyName = "updatedAt"))
            })
    String getStored() {
        return STORED.write(listing());
    }

    /** The listing's shape when this document was written: {@link SupplierIndex} rebuilds the index on a change. */
    @KeywordField(name = "storedShape")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisationId")))
    String getStoredShape() {
        return STORED.shape();
    }

    /** The competences and their ancestors: a filter on a code finds the companies that offer it or a part of it. */
    @KeywordField(name = "cpvScope")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "competenceScope")))
    List<String> getCpvScope() {
        return codes(competenceScope);
    }

    /** Every prefix of every region served (NO, NO0, NO06, NO060), so a wider region finds the regions inside it. */
    @KeywordField(name = "regionPrefix")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regions")))
    Set<String> getRegionPrefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String code : codes(regions)) {
            for (int length = 2; length <= code.length(); length++) {
                prefixes.add(code.substring(0, length));
            }
        }
        return prefixes;
    }

    /** The regions served exactly: a company serving all of Norway (NO) serves Trøndelag too. */
    @KeywordField(name = "region")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regions")))
    List<String> getRegionCodes() {
        return codes(regions);
    }

    /** A contact person, kept in the profile's own table. */
    @Embeddable
    static class Contact {

        @Column(nullable = false, length = 200)
        private String name;

        @Column(name = "contact_role", nullable = false, length = 200)
        private String role;

        @Column(nullable = false, length = 320)
        private String email;

        @Column(nullable = false, length = 40)
        private String phone;

        protected Contact() {}

        Contact(ContactPerson person) {
            this.name = person.name();
            this.role = person.role();
            this.email = person.email();
            this.phone = person.phone();
        }

        ContactPerson toRecord() {
            return new ContactPerson(name, role, email, phone);
        }
    }
}
