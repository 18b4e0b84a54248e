package org.actiontracker.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
