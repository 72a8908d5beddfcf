package no.innomotor.dialogue;

import java.time.Instant;

/** What the team says of a draft tender document it sends out for comment. */
public record DraftFacts(String title, String description, Instant commentDeadline) {}
