package no.innomotor.knowledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import no.innomotor.knowledge.AdoptionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A buyer's record that its organisation adopted a solution: which organisation, how, and when. */
public class AdoptionForm {

    @NotBlank(message = "{solutions.adopt.organisation.required}")
    private @Nullable String organisation;

    @NotNull(message = "{solutions.adopt.kind.required}")
    private @Nullable AdoptionKind kind;

    @NotNull(message = "{solutions.adopt.adoptedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate adoptedOn;

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable AdoptionKind getKind() {
        return kind;
    }

    public void setKind(@Nullable AdoptionKind kind) {
        this.kind = kind;
    }

    public @Nullable LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(@Nullable LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }
}
