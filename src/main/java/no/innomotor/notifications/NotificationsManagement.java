package no.innomotor.notifications;

import java.util.UUID;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications module's public API: the record of mail sent, for administrators. The development outbox holds
 * whole mails, links included, so only a platform administrator may read it.
 */
@Service
@Transactional(readOnly = true)
public class NotificationsManagement {

    public static final int PAGE_SIZE = 50;

    private final SentMailRepository sent;
    private final Mailer mailer;

    NotificationsManagement(SentMailRepository sent, Mailer mailer) {
        this.sent = sent;
        this.mailer = mailer;
    }

    /** Whether mail goes over SMTP (true) or into the outbox (false). */
    public boolean smtpConfigured() {
        return mailer.smtpConfigured();
    }

    /** Sent mail, newest first, one page at a time; nothing for anyone but an administrator. */
    public Page<MailRecord> sentMail(CurrentUser reader, int page) {
        if (!reader.isAdmin()) {
            return Page.empty();
        }
        return sent.findAllByOrderBySentAtDescIdDesc(PageRequest.of(Math.max(0, page), PAGE_SIZE))
                .map(SentMail::toRecord);
    }

    /** One sent mail; not found for anyone but an administrator. */
    public MailRecord mail(UUID id, CurrentUser reader) {
        if (!reader.isAdmin()) {
            throw new OutboxMailNotFound(id);
        }
        return sent.findById(id).map(SentMail::toRecord).orElseThrow(() -> new OutboxMailNotFound(id));
    }
}
