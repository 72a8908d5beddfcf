/**
 * Telling people: the in-app inbox (one message per person, rendered in the reader's language) and mail, over SMTP
 * when {@code spring.mail.host} is set, otherwise into a development outbox that administrators read in the
 * browser. Listens to other modules' events; nobody depends on it (the platform reads the inbox through
 * {@code shared.work.InboxSummary}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "organisations",
            "projects",
            "dialogue",
            "suppliers",
            "followup",
            "riskrelief",
            "audit",
            "knowledge",
            "benefits"
        })
@org.jspecify.annotations.NullMarked
package no.innomotor.notifications;
