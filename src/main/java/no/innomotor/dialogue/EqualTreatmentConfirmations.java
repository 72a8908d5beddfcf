package no.innomotor.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.innomotor.projects.ProjectEvents.StepFindingsConfirmed;
import no.innomotor.projects.StepFinding;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the team's equal-treatment confirmation into the dialogue log of each announcement of the project, in the
 * transaction that completes the market-dialogue step, with what was confirmed in bokmål (the log's language).
 */
@Component
class EqualTreatmentConfirmations {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final DialogueStepChecks checks;
    private final DialogueLog log;
    private final MessageSource messages;

    EqualTreatmentConfirmations(DialogueStepChecks checks, DialogueLog log, MessageSource messages) {
        this.checks = checks;
        this.log = log;
        this.messages = messages;
    }

    @EventListener
    void on(StepFindingsConfirmed confirmed) {
        for (Announcement announcement : checks.announced(confirmed.project())) {
            List<StepFinding> findings = checks.findings(announcement);
            String text = findings.isEmpty()
                    ? messages.getMessage("dialogue.equal.nothingOpen", null, BOKMAL)
                    : findings.stream()
                            .map(finding -> messages.getMessage(finding.messageKey(), finding.argumentArray(), BOKMAL))
                            .collect(Collectors.joining("\n"));
            log.record(announcement.id(), LogKind.EQUAL_TREATMENT_CONFIRMED, null, confirmed.actor(), text, null);
        }
    }
}
