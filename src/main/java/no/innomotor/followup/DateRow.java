package no.innomotor.followup;

import java.time.LocalDate;
import java.util.UUID;

/** A plan's newest activity date. */
record DateRow(UUID planId, LocalDate date) {}
