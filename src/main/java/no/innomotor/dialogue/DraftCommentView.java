package no.innomotor.dialogue;

import java.time.Instant;

/** A comment as its reader sees it: the team sees every company's, a company only its own. */
public record DraftCommentView(String text, String company, String author, Instant commentedAt) {}
