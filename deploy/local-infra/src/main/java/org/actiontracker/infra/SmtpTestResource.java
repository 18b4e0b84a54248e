package org.actiontracker.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource: a real SMTP server (GreenMail), started once and shared by every test class of the module.
 * Points the Quarkus mailer at it, with the mock mailer off, so mail really travels over SMTP.
 * <p>
 * Put this line once on a test class or on the tests' common base class (see the package documentation):
 * <pre>{@code
 * @QuarkusTestResource(SmtpTestResource.class)
 * }</pre>
 * Tests read mail with {@code SmtpTestResource.mailServer().greenMail().getReceivedMessages()} (mail accumulates
 * across tests: purge it with {@code greenMail().purgeEmailFromAllMailboxes()} or filter by recipient) and simulate an
 * outage with {@code mailServer().stopSmtp()} and, in a {@code finally}, {@code mailServer().startSmtp()}.
 */
public final class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private static MailServer mailServer;

    @Override
    public Map<String, String> start() {
        MailServer mail = mailServer();
        mail.startSmtp();
        return Map.of(
                "quarkus.mailer.host", "localhost",
                "quarkus.mailer.port", Integer.toString(mail.smtpPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    /** Keeps the server for the next Quarkus start in this JVM; it stops when the JVM exits. */
    @Override
    public void stop() {
    }

    /** The shared mail server, started on first use on a free port. */
    public static synchronized MailServer mailServer() {
        if (mailServer == null) {
            mailServer = MailServer.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(mailServer::close, "smtp-test-resource-shutdown"));
        }
        return mailServer;
    }
}
