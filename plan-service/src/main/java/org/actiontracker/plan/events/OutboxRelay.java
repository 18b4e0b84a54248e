package org.actiontracker.plan.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.actiontracker.plan.config.OutboxConfig;
import org.actiontracker.plan.events.OutboxStore.OutboxRow;
import org.actiontracker.plan.events.RelayLeadership.Lead;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in position order and marks them sent only once the broker
 * acknowledged them: the loop of one thread over the {@link OutboxStore} (SQL), the
 * {@link RelayLeadership} (one publishing instance), the {@link OutboxPublisher} (Kafka) and, on taking the lead,
 * the {@link OutboxReadback} (rows the previous leader published but did not mark).
 * <p>
 * A write that committed events {@linkplain #wake() wakes} the relay of its own instance at once.
 * It is not woken through PostgreSQL (LISTEN/NOTIFY): a NOTIFY makes every committing transaction
 * wait for a database-wide lock held through the WAL flush, which serialised all writes. Rows
 * written by another instance, while this one holds the lock, are found by the poll.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final OutboxStore store;
    private final RelayLeadership leadership;
    private final OutboxPublisher publisher;
    private final OutboxReadback readback;
    /** A permit means a write committed since the relay last looked; many writes leave one permit. */
    private final Semaphore wakeups = new Semaphore(0);
    private final Counter wakeupCount;

    /**
     * Rows Kafka acknowledged whose mark did not reach PostgreSQL (it went away between the two): they are marked
     * before anything else is read, never published again by this instance.
     */
    private final List<Long> acknowledgedNotMarked = new ArrayList<>();

    private volatile boolean running;
    private Thread worker;
    private long lastRoundStart = System.nanoTime();

    public OutboxRelay(OutboxConfig config, OutboxStore store, RelayLeadership leadership, OutboxPublisher publisher,
                       OutboxReadback readback, MeterRegistry metrics) {
        this.config = config;
        this.store = store;
        this.leadership = leadership;
        this.publisher = publisher;
        this.readback = readback;
        this.wakeupCount = Counter.builder("outbox.relay.wakeups")
                .description("Writes that woke the outbox relay as they committed").register(metrics);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            return;
        }
        publisher.open();
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (worker != null) {
            try {
                // At most one poll interval while it waits for a write.
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        publisher.close();
    }

    private void run() {
        try {
            while (running) {
                try {
                    Lead lead = leadership.lead(store.session());
                    if (lead == Lead.STANDING_BY) {
                        sleepQuietly(config.pollInterval());
                        continue;
                    }
                    if (lead == Lead.TAKEN) {
                        store.markSent(readback.alreadyPublished(store.unsent(config.batchSize())));
                    }
                    while (running && publishBatch() == config.batchSize()) {
                        // a full batch means more may be waiting: go again without waiting
                    }
                    store.purgeSent();
                    awaitWakeup();
                } catch (SQLException e) {
                    store.sessionFailed(e);
                    sleepQuietly(config.pollInterval());
                } catch (RuntimeException e) {
                    LOG.warnf("Outbox relay round failed, retrying: %s", e.getMessage());
                    sleepQuietly(config.pollInterval());
                }
            }
        } finally {
            store.close();
        }
    }

    /**
     * Called once a write committed outbox rows. Never blocks, so it may run on an event loop.
     */
    public void wake() {
        wakeupCount.increment();
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /**
     * Returns when a write committed since the last round, or after the poll interval at the latest. Rounds start at
     * most once per {@code outbox.linger}: a write after a quiet spell goes out at once, while under load each round
     * takes the rows of many writes instead of paying a database read, a Kafka request and a mark for each.
     */
    private void awaitWakeup() {
        try {
            if (wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                long lingerLeft = lastRoundStart + config.linger().toNanos() - System.nanoTime();
                if (lingerLeft > 0) {
                    TimeUnit.NANOSECONDS.sleep(lingerLeft);
                }
                // One round reads every row committed so far: the wakes that came with them are spent.
                wakeups.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lastRoundStart = System.nanoTime();
    }

    /** @return how many rows were published and marked sent */
    private int publishBatch() throws SQLException {
        if (!acknowledgedNotMarked.isEmpty()) {
            store.markSent(acknowledgedNotMarked);
            LOG.infof("Outbox relay marked %d rows Kafka had acknowledged before PostgreSQL went away",
                    acknowledgedNotMarked.size());
            acknowledgedNotMarked.clear();
        }
        List<OutboxRow> batch = store.unsent(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Long> published = OutboxPublisher.positionsToMark(publisher.send(batch));
        acknowledgedNotMarked.addAll(published);
        store.markSent(published);
        acknowledgedNotMarked.clear();
        return published.size();
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
