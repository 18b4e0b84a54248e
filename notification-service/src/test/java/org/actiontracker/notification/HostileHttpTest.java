package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.infra.HostileHttpChecks;

/** notification-service's answers to bytes its HTTP server alone would refuse with an empty body. */
@QuarkusTest
class HostileHttpTest extends HostileHttpChecks {

    HostileHttpTest() {
        super("/api/v1/notifications", "recipient");
    }
}
