package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.infra.OpenApiFuzzing;
import org.actiontracker.notification.support.Tokens;

import java.util.List;

/** notification-service's operations fuzzed from its OpenAPI document, as an admin and as a recipient. */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzing {

    OpenApiFuzzTest() {
        super("notification-service", path -> path.startsWith("/api/"), 11, 1);
    }

    @Override
    protected List<String> callerTokens() {
        return List.of(Tokens.admin(), Tokens.recipient("fuzzed.recipient@example.org"));
    }
}
