package no.innomotor.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.DialogueFigures;
import no.innomotor.knowledge.CaseEvents.CaseBuilt;
import no.innomotor.knowledge.CaseEvents.CaseLessonsWritten;
import no.innomotor.knowledge.CaseEvents.CasePublished;
import no.innomotor.knowledge.CaseExceptions.CaseRuleBroken;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectRecord;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One project's case: the platform's record of the project copied when the case is built (title, need, procedure,
 * codes, the dialogue in figures, the instruments used), the buyers' lessons, and whether it is published. Building
 * again refreshes the copy and keeps the lessons; a published case stays published.
 */
@Entity
@Table(name = "knowledge_case")
@Indexed(index = "knowledge_case")
class CaseStudy extends AbstractAggregateRoot<CaseStudy> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<CaseFunding>> FUNDING = new TypeReference<>() {};

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, unique = true)
    private UUID projectId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "organisation_name", nullable = false)
    private String organisationName;

    @FullTextField(analyzer = "norwegian")
    @FullTextField(name = "title_parts", analyzer = "norwegian_parts", searchAnalyzer = "norwegian_parts_query")
    @Column(nullable = false)
    private String title;

    @FullTextField(analyzer = "norwegian")
    @FullTextField(name = "need_parts", analyzer = "norwegian_parts", searchAnalyzer = "norwegian_parts_query")
    @Column(nullable = false, columnDefinition = "text")
    private String need;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type", nullable = false)
    private no.innomotor.projects.ProcedureType procedure;

    @Column(name = "cpv_codes", nullable = false)
    private String cpvCodes;

    @KeywordField(name = "county")
    @Column(name = "nuts_code", nullable = false)
    private String nutsCode;

    @GenericField
    @Column(nullable = false)
    private int step;

    @Column(name = "project_completed", nullable = false)
    private boolean projectCompleted;

    @Column(name = "estimated_value_nok", nullable = false)
    private long estimatedValueNok;

    @Column(nullable = false)
    private int announcements;

    @Column(nullable = false)
    private long reached;

    @Column(name = "reached_smes", nullable = false)
    private long reachedSmes;

    @Column(name = "reached_new", nullable = false)
    private long reachedNew;

    @Column(nullable = false)
    private long registered;

    @Column(name = "registered_smes", nullable = false)
    private long registeredSmes;

    @Column(name = "registered_new", nullable = false)
    private long registeredNew;

    @Column(nullable = false, columnDefinition = "text")
    private String funding;

    @Column(name = "went_well", nullable = false, columnDefinition = "text")
    private String wentWell;

    @Column(name = "do_differently", nullable = false, columnDefinition = "text")
    private String doDifferently;

    @Column(nullable = false, columnDefinition = "text")
    private String advice;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "built_at", nullable = false)
    private Instant builtAt;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Version
    private long version;

    protected CaseStudy() {}

    CaseStudy(ProjectRecord project, String organisationName) {
        this.id = UUID.randomUUID();
        this.projectId = project.id().value();
        this.status = CaseStatus.DRAFT;
        this.wentWell = "";
        this.doDifferently = "";
        this.advice = "";
        this.organisationName = organisationName;
    }

    /** Copies the platform's record of the project, as it stands now; the lessons and the status stay. */
    void build(
            ProjectRecord project,
            String organisationName,
            DialogueFigures dialogue,
            List<CaseFunding> used,
            @Nullable PersonId actor,
            Instant now) {
        this.organisationId = project.organisation().value();
        this.organisationName = organisationName;
        this.title = project.title();
        this.need = project.need();
        this.procedure = project.procedure();
        this.cpvCodes =
                String.join(",", project.cpvCodes().stream().map(CpvCode::value).toList());
        this.nutsCode = project.nutsCode().value();
        this.step = project.currentStep().number();
        this.projectCompleted = project.completed();
        this.estimatedValueNok = project.estimatedValue().amount().longValue();
        this.announcements = dialogue.announcements();
        this.reached = dialogue.reached();
        this.reachedSmes = dialogue.reachedSmes();
        this.reachedNew = dialogue.reachedNewToPublicSector();
        this.registered = dialogue.registered();
        this.registeredSmes = dialogue.registeredSmes();
        this.registeredNew = dialogue.registeredNewToPublicSector();
        this.funding = JSON.writeValueAsString(used);
        this.builtAt = now;
        registerEvent(new CaseBuilt(actor, organisation(), caseId(), project(), title));
    }

    void writeLessons(Lessons lessons, PersonId actor) {
        for (String text : List.of(lessons.wentWell(), lessons.doDifferently(), lessons.advice())) {
            if (text.length() > Lessons.MAX_LENGTH) {
                throw new CaseRuleBroken("", "cases.lessons.tooLong");
            }
        }
        this.wentWell = lessons.wentWell();
        this.doDifferently = lessons.doDifferently();
        this.advice = lessons.advice();
        registerEvent(new CaseLessonsWritten(actor, organisation(), caseId(), project(), title));
    }

    /** Published for everyone: only with lessons, as a case without them teaches nobody anything. */
    void publish(PersonId actor, Instant now) {
        if (status == CaseStatus.PUBLISHED) {
            throw new CaseRuleBroken("", "cases.publish.already");
        }
        if (!lessons().written()) {
            throw new CaseRuleBroken("wentWell", "cases.publish.noLessons");
        }
        this.status = CaseStatus.PUBLISHED;
        this.publishedAt = now;
        registerEvent(new CasePublished(actor, organisation(), caseId(), project(), title));
    }

    // ---- for the index ----

    @KeywordField(name = "cpvDivision")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "cpvCodes")))
    @Transient
    List<String> getCpvDivisions() {
        return cpvCodeList().stream()
                .map(code -> code.division().value().substring(0, 2))
                .distinct()
                .toList();
    }

    @FullTextField(name = "lessons", analyzer = "norwegian")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "wentWell")),
                @ObjectPath(@PropertyValue(propertyName = "doDifferently")),
                @ObjectPath(@PropertyValue(propertyName = "advice"))
            })
    @Transient
    String getLessonsText() {
        return String.join("\n", wentWell, doDifferently, advice);
    }

    @GenericField(name = "year")
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "builtAt")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @Transient
    int getYear() {
        return year();
    }

    // ---- reading ----

    CaseId caseId() {
        return new CaseId(id);
    }

    ProjectId project() {
        return new ProjectId(projectId);
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    String organisationName() {
        return organisationName;
    }

    String title() {
        return title;
    }

    String need() {
        return need;
    }

    no.innomotor.projects.ProcedureType procedure() {
        return procedure;
    }

    List<CpvCode> cpvCodeList() {
        return cpvCodes.isBlank()
                ? List.of()
                : Arrays.stream(cpvCodes.split(",")).map(CpvCode::of).toList();
    }

    String nutsCode() {
        return nutsCode;
    }

    int step() {
        return step;
    }

    boolean projectCompleted() {
        return projectCompleted;
    }

    long estimatedValueNok() {
        return estimatedValueNok;
    }

    DialogueFigures dialogue() {
        return new DialogueFigures(
                announcements, reached, reachedSmes, reachedNew, registered, registeredSmes, registeredNew);
    }

    List<CaseFunding> funding() {
        return JSON.readValue(funding, FUNDING);
    }

    Lessons lessons() {
        return new Lessons(wentWell, doDifferently, advice);
    }

    CaseStatus status() {
        return status;
    }

    boolean published() {
        return status == CaseStatus.PUBLISHED;
    }

    Instant builtAt() {
        return builtAt;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    /** The year the case tells of: the year it was built from the project's record. */
    int year() {
        ZoneId zone = NorwegianTime.ZONE;
        return builtAt.atZone(zone).getYear();
    }

    long version() {
        return version;
    }
}
