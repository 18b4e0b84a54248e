package org.actiontracker.notification.mail;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.config.NotificationConfig;

import java.util.UUID;

/**
 * Renders a digest from the Qute templates {@code templates/DigestMailer/digest.html} and
 * {@code digest.txt} (HTML escaped by Qute, plain text as is) and hands it to the SMTP server.
 */
@ApplicationScoped
public class DigestMailer {

    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance digest(DigestEmail digest);
    }

    private final String messageIdDomain;

    public DigestMailer(NotificationConfig config) {
        this.messageIdDomain = config.delivery().messageIdDomain();
    }

    /** The same for every attempt at one digest, derived from its ledger key. */
    public String messageId(UUID digestId) {
        return "<digest-" + digestId + "@" + messageIdDomain + ">";
    }

    /** Completes when the SMTP server has accepted the message, fails otherwise; traced as a call to the server. */
    @WithSpan(value = "smtp send", kind = SpanKind.CLIENT)
    public Uni<Void> send(DigestComposer.ComposedDigest digest,
                          @SpanAttribute("actiontracker.digest.id") UUID digestId) {
        // RFC 8058 one-click unsubscribe, besides the link in the body.
        Mail headers = new Mail()
                .addHeader("Message-ID", messageId(digestId))
                .addHeader("List-Unsubscribe", "<" + digest.email().unsubscribeUrl() + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return Templates.digest(digest.email())
                .mail(headers)
                .to(digest.recipientEmail())
                .subject(digest.subject())
                .send();
    }
}
