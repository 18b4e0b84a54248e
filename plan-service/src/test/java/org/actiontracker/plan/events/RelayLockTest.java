package org.actiontracker.plan.events;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Only the session holding the outbox advisory lock publishes. When the relay's session ends it reconnects; while
 * another session holds the lock (another instance) events wait in the outbox, and they flow as soon as the relay
 * gets the lock back.
 */
@QuarkusTest
class RelayLockTest {

    @Test
    void eventsWaitWhileAnotherSessionHoldsTheLockAndFlowOnceTheRelayHasItBack() throws SQLException {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        try (PlanEventsTopic topic = PlanEventsTopic.fromNow()) {
            UUID action;
            try (Connection otherInstance = PlanDatabase.sessionHoldingTheRelayLock()) {
                action = Api.createAction(organisation, plan, "14", null);
                List<String> events = PlanDatabase.auditedEventIds(List.of(action));
                assertThat(events).hasSize(1);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                        .until(() -> PlanDatabase.unsentOutboxEvents(events).size() == 1);
            }
            assertThat(topic.awaitKeyed(action, 1)).extracting(PublishedEvent::id)
                    .containsExactlyElementsOf(PlanDatabase.auditedEventIds(List.of(action)));
        }
    }
}
