package org.actiontracker.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the HTTP API. */
@ConfigMapping(prefix = "api")
public interface ApiConfig {

    /** Bytes of request body accepted; a larger body is a 413 problem before any resource runs. */
    @WithDefault("2097152")
    long maxBodySize();
}
