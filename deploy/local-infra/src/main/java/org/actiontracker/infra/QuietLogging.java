package org.actiontracker.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the infrastructure's own loggers to WARN, so that test and run output shows the application rather than
 * broker and database chatter. Works through java.util.logging, which is JBoss LogManager in Quarkus tests and in
 * {@link LocalInfrastructure}, the same backend SLF4J writes to there.
 */
final class QuietLogging {

    private static final List<String> CATEGORIES = List.of(
            "kafka",
            "state.change.logger",
            // The broker logs its whole configuration here at every start.
            "org.apache.kafka.common.config.AbstractConfig",
            "org.apache.kafka.common.utils.AppInfoParser",
            "org.apache.kafka.controller",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.image",
            "org.apache.kafka.metadata",
            "org.apache.kafka.queue",
            "org.apache.kafka.raft",
            "org.apache.kafka.server",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.storage",
            "io.zonky.test.db.postgres",
            "com.icegreen.greenmail");

    /** java.util.logging holds loggers weakly; a collected logger would forget the level set here. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private QuietLogging() {
    }

    static synchronized void apply() {
        if (!QUIETED.isEmpty()) {
            return;
        }
        for (String category : CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }
}
