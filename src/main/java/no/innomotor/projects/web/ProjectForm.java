package no.innomotor.projects.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectCodes;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectFacts;
import no.innomotor.projects.TeamMember;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The create and edit form of a project, as typed. The owning organisation is chosen only when creating. */
public class ProjectForm {

    static final int MAX_TITLE = 200;
    static final int MAX_NEED = 10_000;

    @NotBlank(message = "{projects.form.title.required}")
    @Size(max = MAX_TITLE, message = "{projects.form.title.tooLong}")
    private @Nullable String title;

    @NotBlank(message = "{projects.form.need.required}")
    @Size(max = MAX_NEED, message = "{projects.form.need.tooLong}")
    private @Nullable String need;

    private @Nullable UUID organisationId;

    @NotBlank(message = "{projects.form.value.required}")
    @Size(max = 40, message = "{projects.form.value.invalid}")
    private @Nullable String estimatedValue;

    @NotBlank(message = "{projects.form.cpv.required}")
    @Size(max = 1_000, message = "{projects.form.cpv.tooLong}")
    private @Nullable String cpvCodes;

    @NotBlank(message = "{projects.form.nuts.required}")
    private @Nullable String nutsCode;

    @NotNull(message = "{projects.form.procedure.required}")
    private @Nullable ProcedureType procedure;

    private List<UUID> teamMembers = new ArrayList<>();

    private long version;

    static ProjectForm of(ProjectDetails project) {
        ProjectForm form = new ProjectForm();
        form.title = project.title();
        form.need = project.need();
        form.organisationId = project.organisation().value();
        // Shown again as a Norwegian reads it ("3 000 000"); Money reads the spaces back.
        form.estimatedValue = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nb-NO"))
                .format(project.estimatedValue().kroner());
        form.cpvCodes = String.join(
                ", ", project.cpvCodes().stream().map(CpvCode::value).toList());
        form.nutsCode = project.nutsCode().value();
        form.procedure = project.procedure();
        form.teamMembers = new ArrayList<>(
                project.team().stream().map(TeamMember::id).map(PersonId::value).toList());
        form.version = project.version();
        return form;
    }

    /** Checks the amount beyond what annotations can say; the error goes next to the field. */
    @Nullable
    Money amount(Errors errors) {
        if (errors.hasFieldErrors("estimatedValue") || estimatedValue == null) {
            return null;
        }
        Money.Parsed parsed = Money.inspectNok(estimatedValue);
        switch (parsed) {
            case OK:
                return Money.parseNok(estimatedValue).orElseThrow();
            case NEGATIVE:
                errors.rejectValue("estimatedValue", "projects.form.value.negative");
                return null;
            case TOO_LARGE:
                errors.rejectValue("estimatedValue", "projects.form.value.tooLarge");
                return null;
            default:
                errors.rejectValue("estimatedValue", "projects.form.value.invalid");
                return null;
        }
    }

    ProjectFacts facts(Money amount) {
        return new ProjectFacts(
                java.util.Objects.requireNonNull(title),
                java.util.Objects.requireNonNull(need),
                amount,
                ProjectCodes.cpv(CpvChoices.tokens(java.util.Objects.requireNonNull(cpvCodes))),
                ProjectCodes.nuts(java.util.Objects.requireNonNull(nutsCode)),
                java.util.Objects.requireNonNull(procedure),
                team());
    }

    java.util.Set<PersonId> team() {
        java.util.Set<PersonId> team = new java.util.LinkedHashSet<>();
        teamMembers.forEach(id -> team.add(new PersonId(id)));
        return team;
    }

    public boolean inTeam(PersonId person) {
        return teamMembers.contains(person.value());
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getNeed() {
        return need;
    }

    public void setNeed(@Nullable String need) {
        this.need = need;
    }

    public @Nullable UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable UUID organisationId) {
        this.organisationId = organisationId;
    }

    public @Nullable String getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(@Nullable String estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public @Nullable String getCpvCodes() {
        return cpvCodes;
    }

    public void setCpvCodes(@Nullable String cpvCodes) {
        this.cpvCodes = cpvCodes;
    }

    public @Nullable String getNutsCode() {
        return nutsCode;
    }

    public void setNutsCode(@Nullable String nutsCode) {
        this.nutsCode = nutsCode;
    }

    public @Nullable ProcedureType getProcedure() {
        return procedure;
    }

    public void setProcedure(@Nullable ProcedureType procedure) {
        this.procedure = procedure;
    }

    public List<UUID> getTeamMembers() {
        return teamMembers;
    }

    public void setTeamMembers(@Nullable List<UUID> teamMembers) {
        this.teamMembers = teamMembers == null ? new ArrayList<>() : new ArrayList<>(teamMembers);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
