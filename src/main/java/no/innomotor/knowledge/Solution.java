package no.innomotor.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.innomotor.knowledge.CaseEvents.SolutionChanged;
import no.innomotor.knowledge.CaseEvents.SolutionListed;
import no.innomotor.knowledge.CaseExceptions.CaseRuleBroken;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A finished project's solution in the catalogue, as its buyers describe it for other buyers. */
@Entity
@Table(name = "knowledge_solution")
class Solution extends AbstractAggregateRoot<Solution> {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, unique = true)
    private UUID projectId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "organisation_name", nullable = false)
    private String organisationName;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column
    private @Nullable String supplier;

    @Column(name = "contract_form", nullable = false, columnDefinition = "text")
    private String contractForm;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Solution() {}

    Solution(
            ProjectId project,
            OrganisationId organisation,
            String organisationName,
            SolutionDetails details,
            PersonId actor,
            Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.organisationId = organisation.value();
        this.organisationName = organisationName;
        this.listedAt = now;
        apply(details, now);
        registerEvent(new SolutionListed(actor, organisation, solutionId(), project, name));
    }

    void change(SolutionDetails details, PersonId actor, List<PersonId> followers, Instant now) {
        apply(details, now);
        registerEvent(new SolutionChanged(actor, organisation(), solutionId(), project(), name, followers));
    }

    /** Another organisation took the solution into use; followers are told. */
    void adoptedBy(SolutionAdoption adoption, PersonId actor, List<PersonId> followers) {
        registerEvent(new CaseEvents.SolutionAdopted(
                actor,
                adoption.organisation(),
                solutionId(),
                name,
                organisation(),
                project(),
                adoption.organisationName(),
                adoption.kind(),
                followers));
    }

    void followedBy(PersonId person, OrganisationId organisation) {
        registerEvent(new CaseEvents.SolutionFollowed(person, organisation, solutionId(), name));
    }

    private void apply(SolutionDetails details, Instant now) {
        check(details);
        this.name = details.name();
        this.description = details.description();
        this.supplier = details.supplier();
        this.contractForm = details.contractForm();
        this.changedAt = now;
    }

    static void check(SolutionDetails details) {
        if (details.name().isEmpty()) {
            throw new CaseRuleBroken("name", "solutions.form.name.required");
        }
        if (details.name().length() > SolutionDetails.MAX_NAME) {
            throw new CaseRuleBroken("name", "solutions.form.name.tooLong");
        }
        if (details.description().isEmpty()) {
            throw new CaseRuleBroken("description", "solutions.form.description.required");
        }
        if (details.contractForm().isEmpty()) {
            throw new CaseRuleBroken("contractForm", "solutions.form.contractForm.required");
        }
        for (String text : List.of(details.description(), details.contractForm())) {
            if (text.length() > SolutionDetails.MAX_TEXT) {
                throw new CaseRuleBroken("description", "solutions.form.tooLong");
            }
        }
    }

    SolutionId solutionId() {
        return new SolutionId(id);
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

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    @Nullable
    String supplier() {
        return supplier;
    }

    String contractForm() {
        return contractForm;
    }

    Instant listedAt() {
        return listedAt;
    }

    Instant changedAt() {
        return changedAt;
    }

    long version() {
        return version;
    }

    SolutionDetails details() {
        return new SolutionDetails(name, description, supplier, contractForm);
    }
}
