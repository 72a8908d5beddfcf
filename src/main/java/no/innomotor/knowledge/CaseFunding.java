package no.innomotor.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * One instrument the project used, as the case shows it: the instrument and the actor behind it, whether it came
 * through the platform's risk relief, where the application stands, the amounts in whole kroner. No notes.
 *
 * @param riskRelief whether the entry follows a risk-relief application on the platform
 * @param status APPLIED, GRANTED, REJECTED or WITHDRAWN
 */
public record CaseFunding(
        String instrument,
        String actor,
        boolean riskRelief,
        String status,
        long appliedNok,
        @Nullable Long grantedNok) {}
