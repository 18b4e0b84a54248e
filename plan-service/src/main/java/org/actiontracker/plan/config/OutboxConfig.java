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

    /** Fallback poll, in case a NOTIFY was missed while the listener reconnected. */
    @WithDefault("1s")
    Duration pollInterval();

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
}
