package org.actiontracker.plan;

import org.actiontracker.infra.ImportArrowsTest;

/** The layers of plan-service, top down: each imports only those below it. */
class ArchitectureTest extends ImportArrowsTest {

    ArchitectureTest() {
        super("org.actiontracker.plan");
        layer("edge", "rest..", "events.stream..", "web..");
        layer("service", "service..");
        layer("events", "events");
        layer("mapping", "mapping..");
        layer("repository", "repository..");
        layer("security", "security..");
        layer("api", "api..");
        layer("document", "document..");
        layer("calendar", "calendar..");
        layer("domain", "domain..");
        layer("config", "config..");
    }
}
