package org.actiontracker.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of the HTTP API. */
@ConfigMapping(prefix = "api")
public interface ApiConfig {

    /** Bytes of request body accepted; a larger body is a 413 problem before any resource runs. */
    @WithDefault("2097152")
    long maxBodySize();

    /** Characters of request URI accepted; a longer one is a 414 problem (read by the shared HttpEdgeGuard). */
    @WithDefault("8192")
    int maxUriLength();

    /** Bytes of header fields accepted in all; more is a 431 problem (read by the shared HttpEdgeGuard). */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Seconds in Retry-After of the 503 answered while PostgreSQL is unreachable (read by DatabaseOutage). */
    @WithDefault("5")
    int unavailableRetryAfter();

    /** Idempotency-Key on creating POSTs. */
    Idempotency idempotency();

    interface Idempotency {

        /** How long a key's answer is kept for retries (the draft asks for at least 24 hours). */
        @WithDefault("PT24H")
        Duration retention();

        /** A request that has held its key this long without an answer died with its instance; a retry takes over. */
        @WithDefault("PT1M")
        Duration abandonedAfter();
    }
}
