package org.actiontracker.plan.events.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The Server-Sent Events stream of plan events. */
@ConfigMapping(prefix = "event-stream")
public interface EventStreamConfig {

    /** How often an idle connection gets a comment, so that proxies keep it open. */
    @WithDefault("15s")
    Duration heartbeat();

    /**
     * Events one connection may have waiting to be written; a client further behind is disconnected and catches
     * up from Kafka when it reconnects with its Last-Event-ID.
     */
    @WithDefault("1000")
    int maxQueuedEvents();
}
