package org.actiontracker.notification.service;

import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.domain.AlertKind;
import org.actiontracker.notification.domain.RecipientRole;
import org.actiontracker.notification.repository.ScanRepository;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.UUID;

/**
 * One scan: claims the due alerts in the ledger and groups them into digests in one transaction,
 * then, once that has committed, sends the digests.
 */
@ApplicationScoped
public class ScanService {

    private static final Logger LOG = Logger.getLogger(ScanService.class);
    /** Deadlock and serialization failure: a concurrent scan won, and a new attempt sees its claims. */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40P01", "40001");
    private static final int ATTEMPTS = 3;

    private final ScanRepository scans;
    private final DigestDispatcher dispatcher;
    private final NotificationMetrics metrics;
    private final NotificationConfig config;
    private final DeliveryInstance instance;

    public ScanService(ScanRepository scans, DigestDispatcher dispatcher, NotificationMetrics metrics,
                       NotificationConfig config, DeliveryInstance instance) {
        this.instance = instance;
        this.scans = scans;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(config.scan().zone());
    }

    /**
     * @param asOf           the day to compute alerts for
     * @param organisationId limits the scan to one organisation's actions; null for all
     */
    @WithSpan("notification scan")
    public Uni<ScanReport> scan(@SpanAttribute("actiontracker.scan.as_of") LocalDate asOf,
                                @SpanAttribute("actiontracker.scan.organisation_id") UUID organisationId) {
        UUID scanId = UUID.randomUUID();
        UUID claimToken = UUID.randomUUID();
        var parameters = parameters(scanId, asOf, organisationId, claimToken);
        long started = System.nanoTime();
        return scans.claim(parameters)
                .onFailure(ScanService::isRetryable).retry().atMost(ATTEMPTS - 1L)
                .flatMap(claim -> {
                    long claimedAt = System.nanoTime();
                    recordMetrics(claim);
                    return dispatcher.deliverClaimed(claim.digestIds(), claimToken)
                            .map(delivery -> {
                                LOG.infof("Scan %s as of %s: %s overdue, %s approaching, %s stale, %s escalated, "
                                                + "%s digests (%s sent, %s pending); claims took %d ms, sending %d ms",
                                        scanId, asOf, claim.alerts(AlertKind.OVERDUE),
                                        claim.alerts(AlertKind.DEADLINE_APPROACHING), claim.alerts(AlertKind.STALE),
                                        claim.escalations(), claim.digestIds().size(), delivery.sent(),
                                        delivery.pending(), (claimedAt - started) / 1_000_000,
                                        (System.nanoTime() - claimedAt) / 1_000_000);
                                return new ScanReport(scanId, asOf, organisationId,
                                        claim.alerts(AlertKind.OVERDUE), claim.alerts(AlertKind.DEADLINE_APPROACHING),
                                        claim.alerts(AlertKind.STALE), claim.escalations(),
                                        claim.digestIds().size(), delivery, false, null);
                            });
                });
    }

    /** What {@link #scan} would raise and send as of the day, recording and sending nothing. */
    public Uni<ScanReport> preview(LocalDate asOf, UUID organisationId) {
        UUID scanId = UUID.randomUUID();
        return scans.preview(parameters(scanId, asOf, organisationId, UUID.randomUUID()))
                .onFailure(ScanService::isRetryable).retry().atMost(ATTEMPTS - 1L)
                .map(preview -> new ScanReport(scanId, asOf, organisationId,
                        preview.claim().alerts(AlertKind.OVERDUE), preview.claim().alerts(AlertKind.DEADLINE_APPROACHING),
                        preview.claim().alerts(AlertKind.STALE), preview.claim().escalations(),
                        preview.digests().size(), DispatchSummary.NONE, true, preview.digests()));
    }

    /** True when the day lies within the configured window around today. */
    public boolean withinAsOfWindow(LocalDate asOf) {
        LocalDate today = today();
        return !asOf.isBefore(today.minus(config.scan().asOfWindow()))
                && !asOf.isAfter(today.plus(config.scan().asOfWindow()));
    }

    public Period asOfWindow() {
        return config.scan().asOfWindow();
    }

    private ScanRepository.ScanParameters parameters(UUID scanId, LocalDate asOf, UUID organisationId,
                                                     UUID claimToken) {
        return new ScanRepository.ScanParameters(scanId, asOf, organisationId,
                config.alerts().leadDays(), config.alerts().overdueRepeatDays(),
                config.alerts().escalationGraceDays(), config.digest().weeklyDay(), claimToken,
                config.delivery().lease(), instance.id());
    }

    private void recordMetrics(ScanRepository.ScanClaim claim) {
        claim.alertsByKind().forEach((kind, count) -> metrics.alertsRaised(kind, RecipientRole.OWNER, count));
        metrics.alertsRaised(AlertKind.OVERDUE, RecipientRole.EXECUTIVE_LEAD, claim.escalations());
    }

    private static boolean isRetryable(Throwable failure) {
        return failure instanceof PgException pg && RETRYABLE_SQL_STATES.contains(pg.getSqlState());
    }
}
