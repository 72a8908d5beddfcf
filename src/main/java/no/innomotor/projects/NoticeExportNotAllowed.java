package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/**
 * The project is not where a market-consultation notice belongs: before the market dialogue (step 3), or paused,
 * stopped or completed. The message says which.
 */
public class NoticeExportNotAllowed extends DomainException.RuleBroken {

    NoticeExportNotAllowed(String messageKey, String logMessage) {
        super(messageKey, logMessage);
    }
}
