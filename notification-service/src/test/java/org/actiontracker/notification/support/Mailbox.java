package org.actiontracker.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.actiontracker.infra.SmtpTestResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.awaitility.Awaitility.await;

/** Reads what the SMTP server received, by recipient. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<ReceivedMail> to(String email) {
        GreenMail greenMail = SmtpTestResource.mailServer().greenMail();
        List<ReceivedMail> received = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            ReceivedMail mail = read(message);
            if (mail.to().contains(email.toLowerCase(Locale.ROOT))) {
                received.add(mail);
            }
        }
        return received;
    }

    /** Waits for the recipient's mail to reach the count, and returns it. */
    public static List<ReceivedMail> awaitCount(String email, int count) {
        await().atMost(Api.EVENT_TIMEOUT).until(() -> to(email).size() >= count);
        return to(email);
    }

    public static ReceivedMail awaitOne(String email) {
        return awaitCount(email, 1).get(0);
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            List<String> to = message.getRecipients(Message.RecipientType.TO) == null ? List.of()
                    : Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Address::toString).map(address -> address.toLowerCase(Locale.ROOT)).toList();
            StringBuilder html = new StringBuilder();
            StringBuilder text = new StringBuilder();
            collectParts(message, html, text);
            String[] unsubscribe = message.getHeader("List-Unsubscribe");
            return new ReceivedMail(message.getSubject(), to, html.toString(), text.toString(),
                    unsubscribe == null ? null : unsubscribe[0], message.getMessageID(), message.getHeader("Cc"));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectParts(Part part, StringBuilder html, StringBuilder text)
            throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collectParts(body, html, text);
            }
        }
    }

    /** @param ccHeaders every {@code Cc:} header line the message has, or {@code null} for none */
    public record ReceivedMail(String subject, List<String> to, String html, String text, String listUnsubscribe,
                               String messageId, String[] ccHeaders) {
    }
}
