package org.actiontracker.plan.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.actiontracker.infra.KafkaBroker;
import org.actiontracker.infra.KafkaTestResource;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writes do not depend on Kafka: while the broker is away they are accepted and their events wait in the outbox
 * (visible in the health check); once it is back, every event arrives exactly once, in order per key.
 */
@QuarkusTest
class KafkaOutageTest {

    private static final int UPDATES_PER_ACTION = 8;

    @Test
    void writesSucceedWhileKafkaIsDownAndEveryEventArrivesExactlyOnceInOrderWhenItIsBack() {
        UUID organisation = Api.createOrganisation();
        UUID source = Api.createSource();
        try (PlanEventsTopic topic = PlanEventsTopic.fromNow()) {
            UUID plan = Api.createPlan(organisation, source, "DRAFT");
            List<UUID> actions = List.of(Api.createAction(organisation, plan, "7", "7.1"),
                    Api.createAction(organisation, plan, "7", "7.2"), Api.createAction(organisation, plan, "14", null));
            // Everything written so far has reached Kafka: the relay is idle when the broker goes.
            actions.forEach(action -> topic.awaitKeyed(action, 1));

            Map<UUID, List<UUID>> resourcesByKey = new LinkedHashMap<>();
            actions.forEach(action -> resourcesByKey.put(action, new ArrayList<>(List.of(action))));
            resourcesByKey.put(plan, List.of(plan));
            KafkaBroker broker = KafkaTestResource.broker();
            broker.stop();
            try {
                for (int round = 1; round <= UPDATES_PER_ACTION; round++) {
                    for (UUID action : actions) {
                        resourcesByKey.get(action).add(postUpdate(organisation, action, round));
                    }
                }
                editor(organisation).header("If-Match", "*").body(Map.of("versionLabel", "Written during outage"))
                        .patch("/api/v1/plans/{id}", plan).then().statusCode(200);
                await().atMost(PlanEventsTopic.WAIT).until(() -> outboxBacklog() > 0);
            } finally {
                broker.restart();
            }

            resourcesByKey.forEach((key, resources) -> {
                List<String> audited = PlanDatabase.auditedEventIds(resources);
                topic.awaitKeyed(key, audited.size());
                await().atMost(PlanEventsTopic.WAIT).until(() -> PlanDatabase.unsentOutboxEvents(audited).isEmpty());
            });
            List<PublishedEvent> everything = topic.readToEnd();
            resourcesByKey.forEach((key, resources) -> assertThat(everything)
                    .filteredOn(event -> event.hasKey(key))
                    .extracting(PublishedEvent::id)
                    .as("events of key %s, in Kafka order", key)
                    .containsExactlyElementsOf(PlanDatabase.auditedEventIds(resources)));
        }
    }

    private static UUID postUpdate(UUID organisation, UUID action, int round) {
        return UUID.fromString(editor(organisation)
                .body(Map.of("text", "Round " + round, "newPercentComplete", round * 10))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201).extract().path("id"));
    }

    private static int outboxBacklog() {
        Integer backlog = RestAssured.get("/q/health/well").then().extract()
                .path("checks.find { it.name == 'outbox' }.data.backlog");
        return backlog == null ? 0 : backlog;
    }
}
