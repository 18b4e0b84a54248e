package org.actiontracker.plan.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The events written but not yet acknowledged by Kafka, counted on a timer for the metrics and the health check.
 * Counting here rather than in every publication round keeps a count(*) off the relay's path, and the figures stay
 * current while the relay waits for Kafka; every instance reports them, publishing or not.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final Pool pool;
    private final MeterRegistry metrics;
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicReference<Instant> oldestUnsent = new AtomicReference<>();

    public OutboxBacklog(Pool pool, MeterRegistry metrics) {
        this.pool = pool;
        this.metrics = metrics;
    }

    void registerGauges(@Observes StartupEvent startup) {
        Gauge.builder("outbox.backlog", unsent, AtomicLong::get)
                .description("Events written but not yet acknowledged by Kafka").register(metrics);
        Gauge.builder("outbox.oldest.unsent.age.seconds", this, backlog -> backlog.oldestUnsentAge().toSeconds())
                .description("Age of the oldest event not yet acknowledged by Kafka").register(metrics);
    }

    @Scheduled(identity = "outbox-backlog", every = "{outbox.backlog-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return pool.query("select count(*), min(created_at) from outbox_event where sent_at is null").execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    OffsetDateTime oldest = row.getOffsetDateTime(1);
                    unsent.set(row.getLong(0));
                    oldestUnsent.set(oldest == null ? null : oldest.toInstant());
                })
                // The figures stay as they were; the relay logs a database that cannot be reached.
                .onFailure().invoke(e -> LOG.debugf("Cannot count the outbox backlog: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Events written but not yet acknowledged by Kafka, as of the last count. */
    public long unsent() {
        return unsent.get();
    }

    public Duration oldestUnsentAge() {
        Instant oldest = oldestUnsent.get();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now());
    }
}
