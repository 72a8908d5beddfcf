package no.innomotor.followup;

import java.time.LocalDate;
import java.util.UUID;

/** A plan's open steps: how many, how many overdue, the earliest due. */
record StepsRow(UUID planId, long open, long overdue, LocalDate earliest) {}
