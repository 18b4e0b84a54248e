package org.actiontracker.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.repository.DeliveryInstanceRepository;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Keeps this instance's heartbeat and takes over the digests claimed by instances that stopped
 * beating (killed, frozen, cut off) within {@code notification.delivery.instance-timeout}, sending
 * them at once instead of after the claim's lease.
 */
@ApplicationScoped
public class ClaimTakeover {

    private static final Logger LOG = Logger.getLogger(ClaimTakeover.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);

    private final DeliveryInstanceRepository instances;
    private final DeliveryInstance self;
    private final DigestDispatcher dispatcher;
    private final Duration instanceTimeout;

    public ClaimTakeover(DeliveryInstanceRepository instances, DeliveryInstance self, DigestDispatcher dispatcher,
                         NotificationConfig config) {
        this.instances = instances;
        this.self = self;
        this.dispatcher = dispatcher;
        this.instanceTimeout = config.delivery().instanceTimeout();
    }

    @Scheduled(identity = "delivery-heartbeat", every = "{notification.delivery.heartbeat-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> heartbeatAndTakeOver() {
        return instances.heartbeat(self.id())
                .flatMap(ignored -> instances.releaseOrphanedClaims(self.id(), instanceTimeout))
                .flatMap(released -> {
                    if (released.digests() == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.infof("Took over %d digests claimed by instances silent for over %s s, %d of them in doubt"
                                    + " (being sent when their instance went silent)", released.digests(),
                            instanceTimeout.toSeconds(), released.inDoubt());
                    return dispatcher.deliverDue().replaceWithVoid();
                })
                .onFailure().invoke(e -> LOG.debug("Heartbeat failed", e))
                .onFailure().recoverWithNull();
    }

    @Scheduled(identity = "delivery-instance-cleanup", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetLongSilentInstances() {
        return instances.forgetLongSilentInstances().onFailure().recoverWithNull();
    }

    /** Before any scan can claim: a claim whose instance has no heartbeat row yet would look orphaned. */
    void starting(@Observes StartupEvent event) {
        try {
            instances.heartbeat(self.id()).await().atMost(SHUTDOWN_WAIT.multipliedBy(5));
        } catch (RuntimeException e) {
            LOG.warn("Could not record this instance's first heartbeat; the scheduled one will", e);
        }
    }

    void stopping(@Observes ShutdownEvent event) {
        try {
            instances.stopped(self.id()).await().atMost(SHUTDOWN_WAIT);
        } catch (RuntimeException e) {
            LOG.debug("Could not hand over the claims at shutdown; they are taken over after the timeout", e);
        }
    }
}
