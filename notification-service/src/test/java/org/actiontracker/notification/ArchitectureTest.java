package org.actiontracker.notification;

import org.actiontracker.infra.ImportArrowsTest;

/** The layers of notification-service, top down: each imports only those below it. */
class ArchitectureTest extends ImportArrowsTest {

    ArchitectureTest() {
        super("org.actiontracker.notification");
        // What calls in: the HTTP resources and the Kafka consumer.
        layer("edge", "rest..", "events..");
        layer("service", "service..");
        layer("mail", "mail..");
        layer("mapping", "mapping..");
        layer("repository", "repository..");
        layer("security", "security..");
        layer("api", "api..");
        layer("domain", "domain..");
        layer("config", "config..");
    }
}
