package org.actiontracker.plan.events;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.events.EventTypes;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.events.EventTypes.ACTION_CREATED;
import static org.actiontracker.events.EventTypes.ACTION_DELETED;
import static org.actiontracker.events.EventTypes.ACTION_RAG_CHANGED;
import static org.actiontracker.events.EventTypes.ACTION_STATUS_CHANGED;
import static org.actiontracker.events.EventTypes.ACTION_TARGET_DATE_CHANGED;
import static org.actiontracker.events.EventTypes.ACTION_UPDATED;
import static org.actiontracker.events.EventTypes.UPDATE_RECORDED;
import static org.actiontracker.events.EventTypes.UPDATE_REVISED;
import static org.actiontracker.events.EventTypes.UPDATE_WITHDRAWN;
import static org.actiontracker.plan.Api.admin;
import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each kind of accepted change produces exactly the event the AsyncAPI document names, on the documented key, in
 * the order of the changes, with the CloudEvents attributes of the Kafka binding and the id the audit trail holds.
 */
@QuarkusTest
class ChangeEventsTest {

    private PlanEventsTopic topic;

    @BeforeEach
    void openTopic() {
        topic = PlanEventsTopic.fromNow();
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void eachChangeToAnActionAndItsUpdatesIsOneEventInOrderOnTheActionsKeyPlusOnePerWatchedField() {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        UUID action = Api.createAction(organisation, plan, "7", "7.1");
        patch("/api/v1/actions/{id}", action, organisation,
                Map.of("status", "DELAYED", "rag", "RED", "targetDate", "2026-01-31"));
        patch("/api/v1/actions/{id}", action, organisation, Map.of("description", "Reworded"));
        UUID update = UUID.fromString(editor(organisation)
                .body(Map.of("text", "Flag live", "newStatus", "COMPLETE", "newRag", "GREEN"))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201).extract().path("id"));
        editor(organisation).header("If-Match", "*").body(Map.of("text", "Flag live in Niche"))
                .put("/api/v1/updates/{id}", update).then().statusCode(200);
        editor(organisation).header("If-Match", "*").delete("/api/v1/updates/{id}", update).then().statusCode(200);

        List<PublishedEvent> events = topic.awaitKeyed(action, 13);

        assertThat(events).extracting(PublishedEvent::type).containsExactly(
                ACTION_CREATED,
                ACTION_UPDATED, ACTION_STATUS_CHANGED, ACTION_RAG_CHANGED, ACTION_TARGET_DATE_CHANGED,
                ACTION_UPDATED,
                UPDATE_RECORDED, ACTION_UPDATED, ACTION_STATUS_CHANGED, ACTION_RAG_CHANGED,
                UPDATE_REVISED,
                UPDATE_WITHDRAWN, ACTION_UPDATED);
        assertThat(events.get(2).changes()).extracting(c -> c.path("field").asText(), c -> c.path("from").asText(),
                c -> c.path("to").asText()).containsExactly(tuple("status", "IN_PROGRESS", "DELAYED"));
        assertThat(events.get(3).changes()).extracting(c -> c.path("field").asText(), c -> c.path("to").asText())
                .containsExactly(tuple("rag", "RED"));
        assertThat(events.get(4).changes()).extracting(c -> c.path("field").asText(), c -> c.path("from").asText(),
                c -> c.path("to").asText()).containsExactly(tuple("targetDate", "2025-03-27", "2026-01-31"));
        assertThat(events.get(5).changes()).extracting(c -> c.path("field").asText()).containsExactly("description");
        assertThat(events.get(8).changes()).extracting(c -> c.path("field").asText(), c -> c.path("to").asText())
                .containsExactly(tuple("status", "COMPLETE"));
        assertThat(events.get(11).resource().path("withdrawn").asBoolean()).isTrue();

        assertThat(events).allSatisfy(event -> assertDocumentedEnvelope(event, action));
        assertThat(events).extracting(PublishedEvent::partition).containsOnly(events.get(0).partition());
        assertThat(events).extracting(event -> event.event().sequence()).isSorted();
        assertThat(events).extracting(event -> event.event().data().path("actor").path("subject").asText())
                .containsOnly("editor-" + organisation);
        assertThat(events).extracting(PublishedEvent::id)
                .containsExactlyElementsOf(PlanDatabase.auditedEventIds(List.of(action, update)));
        assertThat(topic.readToEnd()).filteredOn(event -> event.hasKey(action)).hasSize(events.size());
    }

    @Test
    void creatingChangingAndDeletingEachKindOfResourceIsOneEventEachOnItsOwnKey() {
        UUID organisation = createdId(admin().body(Map.of("code", Api.unique("F"), "name", Api.unique("Force"),
                "kind", "POLICE_FORCE")).post("/api/v1/organisations"));
        patch("/api/v1/organisations/{id}", organisation, null, Map.of("name", Api.unique("Renamed")));
        UUID source = createdId(admin().body(Map.of("title", Api.unique("Report"))).post("/api/v1/sources"));
        patch("/api/v1/sources/{id}", source, null, Map.of("publisher", "HMICFRS"));
        UUID recommendation = createdId(admin().body(Map.of("number", "3", "text", "Do better"))
                .post("/api/v1/sources/{id}/recommendations", source));
        patch("/api/v1/recommendations/{id}", recommendation, null, Map.of("text", "Do much better"));
        delete("/api/v1/recommendations/{id}", recommendation, null);
        delete("/api/v1/sources/{id}", source, null);
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        patch("/api/v1/plans/{id}", plan, organisation, Map.of("state", "PUBLISHED"));
        UUID action = Api.createAction(organisation, plan, "14", null);
        delete("/api/v1/actions/{id}", action, organisation);
        delete("/api/v1/plans/{id}", plan, organisation);
        delete("/api/v1/organisations/{id}", organisation, null);

        assertOneEventEach(organisation, "organisation", EventTypes.ORGANISATION_CREATED,
                EventTypes.ORGANISATION_UPDATED, EventTypes.ORGANISATION_DELETED);
        assertOneEventEach(source, "source", EventTypes.SOURCE_CREATED, EventTypes.SOURCE_UPDATED,
                EventTypes.SOURCE_DELETED);
        assertOneEventEach(recommendation, "recommendation", EventTypes.RECOMMENDATION_CREATED,
                EventTypes.RECOMMENDATION_UPDATED, EventTypes.RECOMMENDATION_DELETED);
        assertOneEventEach(plan, "plan", EventTypes.PLAN_CREATED, EventTypes.PLAN_UPDATED, EventTypes.PLAN_DELETED);
        assertOneEventEach(action, "action", ACTION_CREATED, ACTION_DELETED);

        PublishedEvent published = topic.received(event -> event.hasKey(plan)).get(1);
        assertThat(published.changes()).extracting(c -> c.path("field").asText(), c -> c.path("from").asText(),
                c -> c.path("to").asText()).containsExactly(tuple("state", "DRAFT", "PUBLISHED"));
        assertThat(topic.received(event -> event.hasKey(organisation)).get(2).resource().path("name").asText())
                .startsWith("Renamed");
    }

    private void assertOneEventEach(UUID key, String resource, String... types) {
        List<PublishedEvent> events = topic.awaitKeyed(key, types.length);
        assertThat(events).extracting(PublishedEvent::type).containsExactly(types);
        assertThat(events).allSatisfy(event -> {
            assertDocumentedEnvelope(event, key);
            assertThat(event.event().subject()).isEqualTo(resource + "s/" + key);
            assertThat(event.resourceId()).isEqualTo(key);
            // Only an update names fields: a created or deleted resource's state is data.resource itself.
            assertThat(event.changes().isEmpty()).isEqualTo(!event.type().endsWith(".updated"));
        });
        assertThat(events).extracting(PublishedEvent::id)
                .containsExactlyElementsOf(PlanDatabase.auditedEventIds(List.of(key)));
    }

    /** The Kafka binding's structured mode, with the attributes every plan event carries. */
    private static void assertDocumentedEnvelope(PublishedEvent published, UUID key) {
        CloudEvent event = published.event();
        String resource = EventTypes.resourceOf(event.type());
        assertThat(published.key()).isEqualTo(key.toString());
        assertThat(published.headers()).containsEntry(CloudEventCodec.CONTENT_TYPE_HEADER,
                CloudEvent.STRUCTURED_CONTENT_TYPE);
        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(UUID.fromString(event.id())).isNotNull();
        assertThat(event.source()).isEqualTo(CloudEvent.SOURCE);
        assertThat(event.subject()).isEqualTo(resource + "s/" + published.resourceId());
        assertThat(event.time()).isNotNull();
        assertThat(event.datacontenttype()).isEqualTo(CloudEvent.JSON);
        assertThat(event.dataschema()).isEqualTo(CloudEvent.dataSchemaFor(resource));
        assertThat(event.partitionkey()).isEqualTo(key.toString());
        assertThat(event.sequence()).matches("\\d{20}");
        assertThat(event.data().path("actor").path("subject").asText()).isNotBlank();
    }

    private static void patch(String path, UUID id, UUID organisation, Map<String, Object> body) {
        (organisation == null ? admin() : editor(organisation)).header("If-Match", "*").body(body)
                .patch(path, id).then().statusCode(200);
    }

    private static void delete(String path, UUID id, UUID organisation) {
        (organisation == null ? admin() : editor(organisation)).header("If-Match", "*")
                .delete(path, id).then().statusCode(204);
    }

    private static UUID createdId(io.restassured.response.Response response) {
        return UUID.fromString(response.then().statusCode(201).extract().path("id"));
    }
}
