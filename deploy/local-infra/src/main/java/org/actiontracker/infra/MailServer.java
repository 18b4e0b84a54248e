package org.actiontracker.infra;

import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) inside this JVM that accepts every message and keeps it in memory.
 * SMTP can be stopped and started again on the same port to simulate an outage; received mail survives that.
 */
public final class MailServer implements AutoCloseable {

    private static final String BIND_ADDRESS = "127.0.0.1";

    private final SmtpRestartableGreenMail greenMail;

    private MailServer(SmtpRestartableGreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts SMTP on the port, 0 for a free one. */
    public static MailServer start(int smtpPort) {
        QuietLogging.apply();
        ServerSetup smtp = new ServerSetup(Ports.orFree(smtpPort), BIND_ADDRESS, ServerSetup.PROTOCOL_SMTP);
        SmtpRestartableGreenMail greenMail = new SmtpRestartableGreenMail(smtp);
        greenMail.start();
        return new MailServer(greenMail);
    }

    public int smtpPort() {
        return greenMail.smtpSetup().getPort();
    }

    /** The GreenMail instance, to read received messages ({@code getReceivedMessages()}, {@code waitForIncomingEmail}). */
    public GreenMail greenMail() {
        return greenMail;
    }

    /** Closes the SMTP port: clients get "connection refused" until {@link #startSmtp()}. */
    public void stopSmtp() {
        greenMail.stopSmtp();
    }

    /** Opens SMTP again on the same port; does nothing if it is open. */
    public void startSmtp() {
        greenMail.startSmtp();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /**
     * GreenMail's own stop() and start() discard every received message, so the SMTP service alone is replaced
     * here, sharing the mail store ({@code managers}) of the running instance.
     */
    private static final class SmtpRestartableGreenMail extends GreenMail {

        SmtpRestartableGreenMail(ServerSetup smtp) {
            super(smtp);
        }

        ServerSetup smtpSetup() {
            return config[0];
        }

        synchronized void stopSmtp() {
            getSmtp().stopService();
        }

        synchronized void startSmtp() {
            if (getSmtp().isRunning()) {
                return;
            }
            SmtpServer smtp = new SmtpServer(smtpSetup(), managers);
            services.put(ServerSetup.PROTOCOL_SMTP, smtp);
            smtp.startService();
            try {
                if (!smtp.waitTillRunning(smtpSetup().getServerStartupTimeout())) {
                    throw new IllegalStateException("SMTP did not start again on port " + smtpSetup().getPort());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting SMTP", e);
            }
        }
    }
}
