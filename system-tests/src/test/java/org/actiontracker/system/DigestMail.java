package org.actiontracker.system;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Digest e-mails as they reached the real SMTP server. */
final class DigestMail {

    private DigestMail() {
    }

    /**
     * Asks notification-service to scan until a digest for the recipient has arrived (its view of the actions
     * follows the events, so the first scans may find nothing yet); the digest's HTML.
     */
    static Document awaitDigestFor(SystemUnderTest system, String recipient) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<Document> digest = find(system.mail.greenMail(), recipient);
            if (digest.isPresent()) {
                return digest.get();
            }
            DemoData.send(HttpRequest.newBuilder(URI.create(system.notificationService.url() + "/api/v1/scans"))
                    .header("Authorization", "Bearer " + system.demo.adminToken)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
            system.mail.greenMail().waitForIncomingEmail(2000, 1);
        }
        throw new AssertionError("No digest reached " + recipient + " within 60 s");
    }

    private static Optional<Document> find(GreenMail mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .map(DigestMail::html)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Optional<Document> html(MimeMessage message) {
        try {
            return htmlOf(message.getContent(), message.getContentType()).map(Jsoup::parse);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> htmlOf(Object content, String type) throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                Optional<String> html = htmlOf(part.getContent(), part.getContentType());
                if (html.isPresent()) {
                    return html;
                }
            }
            return Optional.empty();
        }
        return content instanceof String text && type.toLowerCase().startsWith("text/html")
                ? Optional.of(text) : Optional.empty();
    }
}
