package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.infra.DevTokens;
import org.actiontracker.infra.OpenApiFuzzing;

import java.util.List;

/** plan-service's operations fuzzed from its OpenAPI document (the event stream aside: it never answers). */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzing {

    OpenApiFuzzTest() {
        super("plan-service", path -> path.startsWith("/api/")
                && (!path.startsWith("/api/v1/events") || path.endsWith(".yaml")), 40, 3);
    }

    @Override
    protected List<String> callerTokens() {
        return List.of(DevTokens.mint("fuzz-admin", "Fuzz admin", "fuzz@example.org", null, "admin"));
    }
}
