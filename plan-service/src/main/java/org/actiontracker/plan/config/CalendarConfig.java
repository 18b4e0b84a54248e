package org.actiontracker.plan.config;

import io.smallrye.config.ConfigMapping;

import java.net.URI;

/** Calendar feeds (RFC 5545) and the links in their events. */
@ConfigMapping(prefix = "calendar")
public interface CalendarConfig {

    /**
     * The base URL at which people reach this service: feed URLs are {@code <public-url>/calendar/<token>.ics} and
     * events link to the pages, {@code <public-url>/actions/<id>} and {@code <public-url>/plans/<id>}.
     */
    URI publicUrl();
}
