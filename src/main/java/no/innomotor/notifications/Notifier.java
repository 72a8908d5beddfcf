package no.innomotor.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.innomotor.audit.AuditLines;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.BaseUrl;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people something: one inbox message per recipient (rendered in the reader's language when read) and a mail
 * to each, in the language the recipient last chose ({@code PersonSummary.locale()}), otherwise bokmål. The person who caused it is never told.
 */
@Component
class Notifier {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final InboxMessageRepository inbox;
    private final OrganisationsManagement organisations;
    private final Mailer mailer;
    private final AuditLines lines;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    Notifier(
            InboxMessageRepository inbox,
            OrganisationsManagement organisations,
            Mailer mailer,
            AuditLines lines,
            MessageSource messages,
            Clock clock,
            @Value("${innomotor.base-url}") String baseUrl) {
        this.inbox = inbox;
        this.organisations = organisations;
        this.mailer = mailer;
        this.lines = lines;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /** Puts the notice in every recipient's inbox and mails them; {@code cause} (who did it) is left out. */
    void tell(Notice notice, Collection<PersonId> recipients, @Nullable PersonId cause) {
        Set<PersonId> distinct = new LinkedHashSet<>(recipients);
        if (cause != null) {
            distinct.remove(cause);
        }
        Map<PersonId, PersonSummary> people = organisations.findPeople(distinct);
        tellPeople(
                notice,
                distinct.stream().map(people::get).filter(Objects::nonNull).toList());
    }

    /**
     * Puts the notice in the inbox of people already looked up and mails them. Nothing is read from the database
     * between the messages, so many recipients cost one insert each: a query among them would make the session
     * flush and check every message saved before it.
     */
    void tellPeople(Notice notice, Collection<PersonSummary> recipients) {
        String stored = AuditLines.store(notice.parameters());
        for (PersonSummary person : recipients) {
            inbox.save(new InboxMessage(person.id(), notice.kind(), stored, notice.link(), clock.instant()));
            mail(notice, stored, person, person.locale());
        }
    }

    /**
     * Settles every open message of {@code kind} that leads to {@code link}, in every inbox: what it asked for is done
     * ({@code byKind} names the notice that did it, whose ".settles" key says so in the inbox).
     */
    void settle(String kind, String link, String byKind) {
        Instant now = clock.instant();
        inbox.findByKindAndLinkAndSettledAtIsNull(kind, link).forEach(message -> message.settle(byKind, now));
    }

    /** Puts the notice in one person's inbox only, for when a mail of its own already went out. */
    void toInboxOnly(Notice notice, PersonId recipient) {
        inbox.save(new InboxMessage(
                recipient, notice.kind(), AuditLines.store(notice.parameters()), notice.link(), clock.instant()));
    }

    private void mail(Notice notice, @Nullable String stored, PersonSummary person, Locale locale) {
        String title = lines.sentence(notice.titleKey(), stored, locale);
        String text = lines.sentence(notice.sentenceKey(), stored, locale);
        String link = notice.link() == null ? baseUrl + "/inbox" : baseUrl + notice.link();
        mailer.send(
                person.email(),
                title,
                messages.getMessage(
                        "notifications.mail.notice.body", new Object[] {text, link, baseUrl + "/inbox"}, locale),
                locale);
    }
}
