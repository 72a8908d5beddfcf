package no.innomotor.projects.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectFilter;
import no.innomotor.projects.ProjectStatus;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The project list's filters as they arrive in the query string. Values that do not parse are ignored rather than
 * refused: a filter link that went stale still shows a list.
 */
public class ListQuery {

    private @Nullable String organisation;
    private @Nullable String step;
    private @Nullable String procedure;
    private @Nullable String status;
    private @Nullable String q;
    private @Nullable String page;

    ProjectFilter filter() {
        return new ProjectFilter(
                organisationId().orElse(null),
                stepNumber().orElse(null),
                parse(ProcedureType.class, procedure).orElse(null),
                parse(ProjectStatus.class, status).orElse(null),
                q == null || q.isBlank() ? null : q.strip());
    }

    int pageIndex() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The list URL with these filters and another page, or null when there is no such page. */
    String pageUrl(int pageIndex) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/projects");
        add(url, "organisation", organisation);
        add(url, "step", step);
        add(url, "procedure", procedure);
        add(url, "status", status);
        add(url, "q", q);
        url.queryParam("page", pageIndex);
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value.strip());
        }
    }

    private Optional<OrganisationId> organisationId() {
        try {
            return organisation == null || organisation.isBlank()
                    ? Optional.empty()
                    : Optional.of(new OrganisationId(UUID.fromString(organisation.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Integer> stepNumber() {
        return parse(RoadmapStep.class, step).map(RoadmapStep::number);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value.strip()))
                .findFirst();
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getStep() {
        return step;
    }

    public void setStep(@Nullable String step) {
        this.step = step;
    }

    public @Nullable String getProcedure() {
        return procedure;
    }

    public void setProcedure(@Nullable String procedure) {
        this.procedure = procedure;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public @Nullable String getPage() {
        return page;
    }

    public void setPage(@Nullable String page) {
        this.page = page;
    }
}
