package no.innomotor.notices.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.OpportunityFilter;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The filters of the opportunity list and feed, as query parameters. */
public class OpportunityFilterForm {

    @Size(max = 200, message = "{notices.filter.text.tooLong}")
    private @Nullable String q;

    @Pattern(regexp = "\\s*(\\d[\\d ]{1,10}(-\\d)?)?\\s*", message = "{notices.filter.cpv.invalid}")
    private @Nullable String cpv;

    @Pattern(regexp = "\\s*([A-Za-z]{2}[0-9A-Za-z]{0,3})?\\s*", message = "{notices.filter.region.invalid}")
    private @Nullable String region;

    private @Nullable NoticeKind kind;

    private OpportunityFilter.@Nullable Deadline deadline;

    private boolean innovative;

    private int page;

    /** The filter of valid parameters (the bean validation and the CPV catalogue have checked them). */
    public OpportunityFilter toFilter() {
        return new OpportunityFilter(
                cpv == null ? null : CpvCode.parse(cpv).orElse(null),
                region == null ? null : NutsCode.parse(region).orElse(null),
                kind,
                deadline,
                innovative,
                q);
    }

    /** The filter as a query string without the page, for links to other pages and to the feed. */
    public String query() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        add(builder, "q", q);
        add(builder, "cpv", cpv);
        add(builder, "region", region);
        add(builder, "kind", kind == null ? null : kind.name());
        add(builder, "deadline", deadline == null ? null : deadline.name());
        if (innovative) {
            builder.queryParam("innovative", "true");
        }
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder builder, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value.strip());
        }
    }

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public @Nullable String getCpv() {
        return cpv;
    }

    public void setCpv(@Nullable String cpv) {
        this.cpv = cpv;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = region;
    }

    public @Nullable NoticeKind getKind() {
        return kind;
    }

    public void setKind(@Nullable NoticeKind kind) {
        this.kind = kind;
    }

    public OpportunityFilter.@Nullable Deadline getDeadline() {
        return deadline;
    }

    public void setDeadline(OpportunityFilter.@Nullable Deadline deadline) {
        this.deadline = deadline;
    }

    public boolean isInnovative() {
        return innovative;
    }

    public void setInnovative(boolean innovative) {
        this.innovative = innovative;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
