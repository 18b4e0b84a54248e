package org.actiontracker.notification.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventTypes;
import org.actiontracker.notification.domain.AlertKind;
import org.actiontracker.notification.domain.DigestStatus;
import org.actiontracker.notification.domain.RecipientRole;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The service's own Prometheus meters (notification_*). */
@ApplicationScoped
public class NotificationMetrics {

    private static final String UNKNOWN_TYPE = "unknown";

    private final MeterRegistry registry;
    private final Counter emailsSent;
    private final Counter emailsFailed;
    private final Counter inDoubtResends;
    private final Timer sentRecordDelay;
    private final AtomicLong pendingDigests = new AtomicLong();
    private final AtomicLong failedDigests = new AtomicLong();

    public NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.emailsSent = Counter.builder("notification.emails.sent")
                .description("Digest emails accepted by the SMTP server")
                .register(registry);
        this.emailsFailed = Counter.builder("notification.emails.failed")
                .description("Attempts at sending a digest that the SMTP server did not accept")
                .register(registry);
        this.inDoubtResends = Counter.builder("notification.emails.resent.in.doubt")
                .description("Digests accepted by the SMTP server after an earlier attempt whose outcome was never"
                        + " recorded (its instance died mid-send): the recipient may have two copies, same Message-ID")
                .register(registry);
        this.sentRecordDelay = Timer.builder("notification.emails.sent.record.delay")
                .description("From the SMTP server's acceptance of a digest to its SENT record being committed:"
                        + " a crash within this window makes the digest in doubt and its resend a second copy")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        Gauge.builder("notification.queue.pending", pendingDigests, AtomicLong::get)
                .description("Digests waiting to be sent or being sent, as of the last look at the queue")
                .register(registry);
        Gauge.builder("notification.queue.failed", failedDigests, AtomicLong::get)
                .description("Digests given up on after the maximum attempts, as of the last look at the queue")
                .register(registry);
    }

    public void eventConsumed(String type, EventOutcome outcome) {
        String knownType = type != null && EventTypes.ALL.contains(type) ? type : UNKNOWN_TYPE;
        registry.counter("notification.events.consumed", "type", knownType, "outcome", outcome.tag()).increment();
    }

    public void alertsRaised(AlertKind kind, RecipientRole role, int count) {
        if (count > 0) {
            registry.counter("notification.alerts", "kind", kind.name(), "role", role.name()).increment(count);
        }
    }

    public void emailSent() {
        emailsSent.increment();
    }

    /** Counted once the resend was accepted and recorded. */
    public void inDoubtResent() {
        inDoubtResends.increment();
    }

    public void sentRecorded(Duration sinceAcceptance) {
        sentRecordDelay.record(sinceAcceptance);
    }

    public void emailFailed() {
        emailsFailed.increment();
    }

    public void queueObserved(Map<DigestStatus, Long> unsent) {
        pendingDigests.set(unsent.getOrDefault(DigestStatus.PENDING, 0L) + unsent.getOrDefault(DigestStatus.SENDING, 0L));
        failedDigests.set(unsent.getOrDefault(DigestStatus.FAILED, 0L));
    }
}
