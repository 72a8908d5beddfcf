package no.innomotor.dialogue.web;

import no.innomotor.dialogue.DraftView;
import org.springframework.validation.Errors;

/** A draft document's page (dialogue/draft.jte), with the comment form and the team's summary form. */
public record DraftPage(
        DraftView draft, TextForm commentForm, Errors commentErrors, TextForm summaryForm, Errors summaryErrors) {

    static final String TEMPLATE = "dialogue/draft";
}
