package no.innomotor.followup;

import java.time.Instant;
import java.util.UUID;

/** A comment with its author and time; {@code fromCompany}: written by a person of the company. */
public record CommentView(UUID id, String text, String authorName, boolean fromCompany, Instant writtenAt) {}
