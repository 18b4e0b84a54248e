package org.actiontracker.plan.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.events.OutboxPublisher.Delivery;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A leader killed after Kafka acknowledged a row but before it marked the row sent: the relay taking the lead after
 * it reads the topic back, marks that row sent instead of publishing it a second time, and publishes the rest.
 */
@QuarkusTest
class RelayReadbackTest {

    @Inject
    OutboxPublisher publisher;

    @Test
    void aRelayTakingTheLeadMarksSentTheRowsAlreadyOnKafkaAndPublishesEachEventOnce() throws SQLException {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        try (PlanEventsTopic topic = PlanEventsTopic.fromNow()) {
            List<String> acknowledged;
            List<String> neverSent;
            try (Connection previousLeader = PlanDatabase.sessionHoldingTheRelayLock()) {
                acknowledged = PlanDatabase.auditedEventIds(List.of(Api.createAction(organisation, plan, "7", "7.1")));
                neverSent = PlanDatabase.auditedEventIds(List.of(Api.createAction(organisation, plan, "7", "7.2")));
                // The previous leader's last act: it published the first row, Kafka acknowledged it, and it died.
                assertThat(publisher.send(PlanDatabase.unsentOutboxRows(acknowledged)))
                        .extracting(Delivery::acknowledged).containsExactly(true);
                topic.awaitEvents(event -> acknowledged.contains(event.id()), 1);
                assertThat(PlanDatabase.unsentOutboxEvents(acknowledged)).containsExactlyElementsOf(acknowledged);
            }

            List<String> events = Stream.concat(acknowledged.stream(), neverSent.stream()).toList();
            await().atMost(PlanEventsTopic.WAIT).until(() -> PlanDatabase.unsentOutboxEvents(events).isEmpty());
            assertThat(topic.readToEnd()).extracting(PublishedEvent::id).filteredOn(events::contains)
                    .as("the events of both rows on Kafka").containsExactlyElementsOf(events);
        }
    }
}
