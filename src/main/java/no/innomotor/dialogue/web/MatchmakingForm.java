package no.innomotor.dialogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A company joining an announcement's matchmaking: what it offers and seeks, and its contact's e-mail address. */
public class MatchmakingForm {

    @NotBlank(message = "{dialogue.offer.required}")
    @Size(max = 2_000, message = "{dialogue.offer.tooLong}")
    private @Nullable String offer;

    @NotBlank(message = "{dialogue.matchmaking.contact.invalid}")
    private @Nullable String contact;

    public @Nullable String getOffer() {
        return offer;
    }

    public void setOffer(@Nullable String offer) {
        this.offer = offer;
    }

    public @Nullable String getContact() {
        return contact;
    }

    public void setContact(@Nullable String contact) {
        this.contact = contact;
    }
}
