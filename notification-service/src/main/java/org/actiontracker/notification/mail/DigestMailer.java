package org.actiontracker.notification.mail;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailMessage;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.config.NotificationConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * Renders a digest from the Qute templates {@code templates/DigestMailer/digest.html} and
 * {@code digest.txt} (HTML escaped by Qute, plain text as is) and hands it to the SMTP server through the Vert.x mail
 * client the Quarkus mailer configures ({@code quarkus.mailer.*}). Not through the Quarkus {@code Mailer} itself: it
 * always hands Vert.x a Cc list, empty when there is no copy, and Vert.x then writes an empty {@code Cc:} header,
 * which RFC 5322 does not allow and spam filters count against a message.
 */
@ApplicationScoped
public class DigestMailer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(DigestEmail digest);
    }

    private final String messageIdDomain;
    private final String from;
    private final MailClient smtp;

    public DigestMailer(NotificationConfig config, @ConfigProperty(name = "quarkus.mailer.from") String from,
                        MailClient smtp) {
        this.messageIdDomain = config.delivery().messageIdDomain();
        this.from = from;
        this.smtp = smtp;
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
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Message-ID", messageId(digestId))
                .add("List-Unsubscribe", "<" + digest.email().unsubscribeUrl() + ">")
                .add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return Uni.combine().all().unis(render(digest.email(), Variant.TEXT_HTML),
                        render(digest.email(), Variant.TEXT_PLAIN))
                .asTuple()
                .chain(bodies -> smtp.sendMail(new MailMessage()
                        .setFrom(from)
                        .setTo(digest.recipientEmail())
                        .setSubject(digest.subject())
                        .setHtml(bodies.getItem1())
                        .setText(bodies.getItem2())
                        .setHeaders(headers)))
                .replaceWithVoid();
    }

    private static Uni<String> render(DigestEmail email, String contentType) {
        return Templates.digest(email)
                .setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(contentType))
                .createUni();
    }
}
