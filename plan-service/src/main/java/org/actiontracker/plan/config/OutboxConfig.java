package org.actiontracker.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay publishes events to Kafka. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Whether this instance publishes; instances coordinate through an advisory lock anyway. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per round trip to Kafka and PostgreSQL. */
    @WithDefault("500")
    int batchSize();

    /**
     * How often the relay looks for rows it was not woken for: those written by other instances while
     * this one publishes. A standby instance tries to take over publication as often.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * The shortest time between two publication rounds: the most a write waits for the writes committed just after
     * it, so that under load one round publishes them all.
     */
    @WithDefault("5ms")
    Duration linger();

    /** How long published rows are kept before they are deleted. */
    @WithDefault("1h")
    Duration retention();

    /** How often the backlog shown in the metrics and the health check is counted. */
    @WithDefault("5s")
    Duration backlogRefresh();

    /** Oldest unpublished event age above which the events health check reports DOWN. */
    @WithDefault("5m")
    Duration maxLag();

    /** Kafka producer: how long one publication may keep retrying before the batch is retried. */
    @WithDefault("2m")
    Duration deliveryTimeout();

    /**
     * How long a relay taking the lead may spend reading the topic back for the rows its predecessor published but
     * did not mark; past it, the rows not found are published (again, for some).
     */
    @WithDefault("10s")
    Duration readbackTimeout();

    /** The most records read back from the end of each partition of the topic when a relay takes the lead. */
    @WithDefault("10000")
    int readbackMaxRecordsPerPartition();
}
