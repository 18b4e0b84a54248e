package org.actiontracker.infra;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailServerTest {

    private static MailServer mailServer;

    @BeforeAll
    static void startMailServer() {
        mailServer = MailServer.start(0);
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.close();
    }

    @Test
    void receivesMailAndKeepsItAcrossAnSmtpOutage() throws Exception {
        send("before outage");
        assertThat(mailServer.greenMail().waitForIncomingEmail(5_000, 1)).isTrue();

        mailServer.stopSmtp();
        assertThatThrownBy(() -> send("during outage")).isInstanceOf(MessagingException.class);
        mailServer.startSmtp();
        send("after outage");

        assertThat(mailServer.greenMail().waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(Arrays.stream(mailServer.greenMail().getReceivedMessages()).map(MailServerTest::subject))
                .containsExactly("before outage", "after outage");
    }

    private static void send(String subject) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(mailServer.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "2000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("tracker@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("owner@example.org"));
        message.setSubject(subject);
        message.setText("An action plan changed.");
        Transport.send(message);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
