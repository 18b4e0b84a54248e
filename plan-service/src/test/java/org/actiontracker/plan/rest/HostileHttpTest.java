package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.infra.HostileHttpChecks;

/** plan-service's answers to bytes its HTTP server alone would refuse with an empty body. */
@QuarkusTest
class HostileHttpTest extends HostileHttpChecks {

    HostileHttpTest() {
        super("/api/v1/actions", "ownerEmail");
    }
}
