package no.innomotor.knowledge.web;

import no.innomotor.knowledge.CaseFilter;
import no.innomotor.projects.ProcedureType;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The case library's query string: text, filters and page; an unknown value filters nothing. */
public class CaseQuery {

    private @Nullable String q;
    private @Nullable String procedure;
    private @Nullable String county;
    private @Nullable String cpv;
    private @Nullable Integer step;
    private @Nullable Integer year;
    private int page;

    CaseFilter filter() {
        ProcedureType type = null;
        if (procedure != null && !procedure.isBlank()) {
            try {
                type = ProcedureType.valueOf(procedure);
            } catch (IllegalArgumentException unknown) {
                type = null;
            }
        }
        return new CaseFilter(
                blank(q) ? null : q.strip(),
                type,
                blank(county) ? null : county.strip(),
                blank(cpv) ? null : cpv.strip(),
                step,
                year);
    }

    String url(int toPage) {
        return UriComponentsBuilder.fromPath("/cases")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(blank(q) ? null : q))
                .queryParamIfPresent("procedure", java.util.Optional.ofNullable(blank(procedure) ? null : procedure))
                .queryParamIfPresent("county", java.util.Optional.ofNullable(blank(county) ? null : county))
                .queryParamIfPresent("cpv", java.util.Optional.ofNullable(blank(cpv) ? null : cpv))
                .queryParamIfPresent("step", java.util.Optional.ofNullable(step))
                .queryParamIfPresent("year", java.util.Optional.ofNullable(year))
                .queryParam("page", toPage)
                .encode()
                .toUriString();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public @Nullable String getProcedure() {
        return procedure;
    }

    public void setProcedure(@Nullable String procedure) {
        this.procedure = procedure;
    }

    public @Nullable String getCounty() {
        return county;
    }

    public void setCounty(@Nullable String county) {
        this.county = county;
    }

    public @Nullable String getCpv() {
        return cpv;
    }

    public void setCpv(@Nullable String cpv) {
        this.cpv = cpv;
    }

    public @Nullable Integer getStep() {
        return step;
    }

    public void setStep(@Nullable Integer step) {
        this.step = step;
    }

    public @Nullable Integer getYear() {
        return year;
    }

    public void setYear(@Nullable Integer year) {
        this.year = year;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
