package no.innomotor.instruments.web;

import java.util.UUID;
import no.innomotor.instruments.Audience;
import no.innomotor.instruments.CatalogueFilter;
import no.innomotor.instruments.InstrumentKind;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The public catalogue's filter as typed in the address: unknown values are ignored, not errors. */
public class CatalogueQuery {

    private @Nullable String kind;
    private @Nullable String audience;
    private @Nullable String actor;
    private int page;

    CatalogueFilter filter() {
        return new CatalogueFilter(value(InstrumentKind.class, kind), value(Audience.class, audience), actorId());
    }

    private @Nullable OrganisationId actorId() {
        try {
            return actor == null || actor.isBlank() ? null : new OrganisationId(UUID.fromString(actor.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The same filter on another page. */
    String url(int page) {
        return UriComponentsBuilder.fromPath("/instruments")
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(blank(kind)))
                .queryParamIfPresent("audience", java.util.Optional.ofNullable(blank(audience)))
                .queryParamIfPresent("actor", java.util.Optional.ofNullable(blank(actor)))
                .queryParam("page", page)
                .encode()
                .toUriString();
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getAudience() {
        return audience;
    }

    public void setAudience(@Nullable String audience) {
        this.audience = audience;
    }

    public @Nullable String getActor() {
        return actor;
    }

    public void setActor(@Nullable String actor) {
        this.actor = actor;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
