package org.actiontracker.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.domain.ClaimedDigest;
import org.actiontracker.notification.domain.DigestItem;
import org.actiontracker.notification.domain.DigestStatus;
import org.actiontracker.notification.mail.DigestComposer;
import org.actiontracker.notification.mail.DigestMailer;
import org.actiontracker.notification.repository.DigestQueueRepository;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends claimed digests, outside any transaction: the claim is committed first, the SMTP exchange
 * happens next, and its outcome is recorded by the claim's holder as soon as the server answers,
 * digest by digest. A digest is marked SENT only after the server accepted it; a failure leaves it
 * PENDING with a later attempt time.
 * <p>
 * SMTP and the database cannot commit together, so a crash between the server's acceptance and the SENT
 * record leaves a digest that was delivered but looks unsent. That window is kept as narrow as it goes and
 * made visible rather than closed: digests go one at a time by default (each one in flight is one that can be
 * in doubt), the SENT record is a one-row statement issued the moment the server accepts, with nothing before
 * it (no rendering, logging or metrics of this or another digest), and the start of each attempt is recorded
 * before its exchange. A digest whose attempt started without an outcome is in doubt: it is resent
 * (at least once rather than maybe never) with the same Message-ID, derived from its ledger key, so that the
 * copy is recognisable, and the resend is logged by digest and counted (notification_emails_resent_in_doubt).
 */
@ApplicationScoped
public class DigestDispatcher {

    private static final Logger LOG = Logger.getLogger(DigestDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final int CHUNK = 100;

    private final DigestQueueRepository queue;
    private final DigestComposer composer;
    private final DigestMailer mailer;
    private final NotificationMetrics metrics;
    private final NotificationConfig.Delivery delivery;
    private final DeliveryInstance instance;

    public DigestDispatcher(DigestQueueRepository queue, DigestComposer composer, DigestMailer mailer,
                            NotificationMetrics metrics, NotificationConfig config, DeliveryInstance instance) {
        this.instance = instance;
        this.queue = queue;
        this.composer = composer;
        this.mailer = mailer;
        this.metrics = metrics;
        this.delivery = config.delivery();
    }

    /**
     * Sends digests this instance has claimed with the token: a chunk at a time is read in one
     * query, and its digests are sent {@code notification.delivery.concurrency} at once (one by default).
     */
    @WithSpan("deliver digests")
    public Uni<DispatchSummary> deliverClaimed(List<UUID> digestIds, UUID claimToken) {
        if (digestIds.isEmpty()) {
            return observeQueue().replaceWith(DispatchSummary.NONE);
        }
        List<List<UUID>> chunks = new ArrayList<>();
        for (int start = 0; start < digestIds.size(); start += CHUNK) {
            chunks.add(digestIds.subList(start, Math.min(start + CHUNK, digestIds.size())));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> queue.findClaimed(chunk, claimToken))
                .onItem().transformToIterable(digests -> digests)
                .onItem().transformToUni(digest -> deliver(digest, claimToken)).merge(delivery.concurrency())
                .collect().with(Collectors.reducing(DispatchSummary.NONE, DispatchSummary::plus))
                .call(this::observeQueue);
    }

    /** Claims the digests that are due (first sends, retries, abandoned claims) and sends them. */
    public Uni<DispatchSummary> deliverDue() {
        UUID token = UUID.randomUUID();
        return queue.claimDue(token, delivery.lease(), delivery.batchSize(), instance.id())
                .flatMap(ids -> deliverClaimed(ids, token));
    }

    /** Makes every waiting or failed digest due now, whatever its backoff, and sends what it can. */
    public Uni<DispatchSummary> retryAllNow() {
        return queue.makeWaitingDueNow().flatMap(ignored -> deliverDue());
    }

    /** Retries one digest now; empty when it is unknown, or sent, cancelled or being sent. */
    public Uni<Optional<DispatchSummary>> retryNow(UUID digestId) {
        UUID token = UUID.randomUUID();
        return queue.claim(digestId, token, delivery.lease(), instance.id())
                .flatMap(claimed -> claimed.isEmpty()
                        ? Uni.createFrom().item(Optional.<DispatchSummary>empty())
                        : deliverClaimed(List.of(digestId), token).map(Optional::of));
    }

    private Uni<DispatchSummary> deliver(ClaimedDigest claimed, UUID claimToken) {
        List<UUID> overtaken = claimed.items().stream().filter(item -> item.overtakenBy(claimed.asOf()))
                .map(DigestItem::notificationId).toList();
        List<DigestItem> current = claimed.items().stream().filter(item -> !item.overtakenBy(claimed.asOf())).toList();
        if (current.isEmpty()) {
            return queue.markCancelled(claimed.id(), claimToken, overtaken)
                    .map(ignored -> new DispatchSummary(0, 0, 0, 1));
        }
        DigestComposer.ComposedDigest digest = composer.compose(claimed.recipientEmail(), claimed.asOf(), current);
        if (claimed.inDoubt()) {
            LOG.warnf("Digest %s is in doubt: %d earlier attempt(s), the last started at %s, ended with no outcome"
                            + " recorded; resending it with the same Message-ID %s, which the recipient may already have",
                    claimed.id(), claimed.attemptsInDoubt(), claimed.lastAttemptStartedAt(),
                    mailer.messageId(claimed.id()));
        }
        // Checked again just before sending: another instance may have taken the claim over meanwhile.
        return queue.beginAttempt(claimed.id(), claimToken, overtaken).flatMap(held -> !held
                ? Uni.createFrom().item(DispatchSummary.NONE)
                : mailer.send(digest, claimed.id())
                        .ifNoItem().after(delivery.sendTimeout()).fail()
                        .onItemOrFailure().transformToUni((accepted, failure) -> failure == null
                                ? recordSent(claimed, claimToken, digest, current.size())
                                : recordFailure(claimed, claimToken, failure)));
    }

    /** Issues the SENT record first: everything else waits until it has committed. */
    private Uni<DispatchSummary> recordSent(ClaimedDigest claimed, UUID claimToken,
                                            DigestComposer.ComposedDigest digest, int itemCount) {
        long acceptedAt = System.nanoTime();
        return queue.markSent(claimed.id(), claimToken, digest.subject(), itemCount)
                .map(recorded -> {
                    metrics.sentRecorded(Duration.ofNanos(System.nanoTime() - acceptedAt));
                    metrics.emailSent();
                    if (claimed.inDoubt()) {
                        metrics.inDoubtResent();
                    }
                    if (!recorded) {
                        LOG.warnf("Digest %s was sent but its claim had passed to another instance, which"
                                + " resends it as in doubt", claimed.id());
                    }
                    return new DispatchSummary(1, 0, 0, 0);
                });
    }

    private Uni<DispatchSummary> recordFailure(ClaimedDigest digest, UUID claimToken, Throwable failure) {
        metrics.emailFailed();
        String error = String.valueOf(failure.getMessage());
        LOG.warnf("Digest %s to %s was not accepted: %s", digest.id(), digest.recipientEmail(), error);
        return queue.markFailed(digest.id(), claimToken, truncate(failure.getClass().getSimpleName() + ": " + error),
                        delivery.maxAttempts(), delivery.initialBackoff(), delivery.maxBackoff())
                .map(status -> status.orElse(DigestStatus.PENDING) == DigestStatus.FAILED
                        ? new DispatchSummary(0, 0, 1, 0)
                        : new DispatchSummary(0, 1, 0, 0));
    }

    /** Refreshes the queue-size gauges. */
    public Uni<Void> observeQueue() {
        return queue.countUnsent().invoke(metrics::queueObserved).replaceWithVoid();
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
