package org.actiontracker.notification.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.support.database.DatabaseOutage;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.repository.TrackedViewRepository;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * The daily scan, the delivery of due digests (retries included) and housekeeping. Several
 * instances may run these at once: the ledger and the digest claims keep them from doubling up.
 */
@ApplicationScoped
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class);

    private final ScanService scans;
    private final DigestDispatcher dispatcher;
    private final TrackedViewRepository view;
    private final NotificationConfig config;
    private final DatabaseOutage outage;

    public ScheduledJobs(ScanService scans, DigestDispatcher dispatcher, TrackedViewRepository view,
                         NotificationConfig config, DatabaseOutage outage) {
        this.outage = outage;
        this.scans = scans;
        this.dispatcher = dispatcher;
        this.view = view;
        this.config = config;
    }

    @Scheduled(identity = "daily-scan", cron = "{notification.scan.cron}", timeZone = "{notification.scan.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scanToday() {
        return scans.scan(scans.today(), null)
                .onFailure(e -> !outage.explains(e)).invoke(e -> LOG.error("Scheduled scan failed", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(identity = "digest-delivery", every = "{notification.delivery.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverDueDigests() {
        return dispatcher.deliverDue()
                // An unreachable database is logged once, by DatabaseOutage, not at every poll.
                .onFailure(e -> !outage.explains(e)).invoke(e -> LOG.warn("Delivering due digests failed", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(identity = "processed-event-cleanup", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldProcessedEvents() {
        return view.forgetProcessedBefore(Instant.now().minus(config.events().processedRetention()))
                .replaceWithVoid();
    }
}
