package org.actiontracker.infra;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailInboxWebServerTest {

    private static MailServer mailServer;
    private static MailInboxWebServer inbox;

    @BeforeAll
    static void start() throws Exception {
        mailServer = MailServer.start(0);
        inbox = MailInboxWebServer.start(mailServer, Ports.freePort());
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(mailServer.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("tracker@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("owner@example.org"));
        message.setSubject("Plan <Q3> \"late\"");
        message.setText("Two actions are overdue.");
        Transport.send(message);
        assertThat(mailServer.greenMail().waitForIncomingEmail(5_000, 1)).isTrue();
    }

    @AfterAll
    static void stop() {
        inbox.close();
        mailServer.close();
    }

    @Test
    void listsReceivedMailAsJson() throws Exception {
        assertThat(get("api/messages").body())
                .contains("\"id\": 1", "\"to\": \"owner@example.org\"", "\"subject\": \"Plan <Q3> \\\"late\\\"\"",
                        "\"messageId\": \"<");
    }

    @Test
    void showsTheInboxAndAMessageWithItsTextEscaped() throws Exception {
        assertThat(get("").body()).contains("<a href=\"/messages/1\">Plan &lt;Q3&gt; &quot;late&quot;</a>");
        assertThat(get("messages/1").body()).contains("<pre>Two actions are overdue.</pre>");
        assertThat(get("messages/1/raw").body()).contains("Subject: Plan <Q3> \"late\"");
        assertThat(get("messages/2").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(inbox.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
