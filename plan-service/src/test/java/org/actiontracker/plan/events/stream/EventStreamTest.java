package org.actiontracker.plan.events.stream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.actiontracker.events.EventTypes;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.events.PlanEventsTopic;
import org.actiontracker.plan.events.PublishedEvent;
import org.actiontracker.plan.events.SseConnection;
import org.actiontracker.plan.events.SseConnection.Frame;
import org.actiontracker.plan.events.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.events.EventTypes.ACTION_CREATED;
import static org.actiontracker.events.EventTypes.ACTION_UPDATED;
import static org.actiontracker.events.EventTypes.PLAN_CREATED;
import static org.actiontracker.events.EventTypes.UPDATE_RECORDED;
import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The Server-Sent Events endpoint: the same CloudEvents as Kafka, filtered, resumable, for authorised readers. */
@QuarkusTest
class EventStreamTest {

    @TestHTTPResource("/api/v1/events")
    URI events;

    @Test
    void aConnectedClientGetsItsOrganisationsEventsExactlyAsKafkaHoldsThem() {
        UUID organisation = Api.createOrganisation();
        UUID otherOrganisation = Api.createOrganisation();
        UUID source = Api.createSource();
        try (PlanEventsTopic topic = PlanEventsTopic.fromNow();
             SseConnection all = SseConnection.open(uri("organisationId=" + organisation),
                     Tokens.of("viewer", organisation), null).awaitConnected();
             SseConnection updatesOnly = SseConnection.open(uri("organisationId=" + organisation + "&type="
                     + EventTypes.PREFIX + "update."), Tokens.of("editor", organisation), null).awaitConnected()) {
            UUID plan = Api.createPlan(organisation, source, "DRAFT");
            UUID action = Api.createAction(organisation, plan, "14", null);
            postUpdate(organisation, action, "Started");
            UUID otherPlan = Api.createPlan(otherOrganisation, source, "PUBLISHED");
            topic.awaitKeyed(otherPlan, 1);
            editor(organisation).header("If-Match", "*").body(Map.of("description", "Last"))
                    .patch("/api/v1/actions/{id}", action).then().statusCode(200);

            List<PublishedEvent> onKafka = topic.awaitEvents(event -> event.hasKey(plan) || event.hasKey(action), 5);
            List<Frame> streamed = all.awaitEvents(frame -> true, 5);

            assertThat(streamed).extracting(Frame::event).containsExactlyInAnyOrder(
                    PLAN_CREATED, ACTION_CREATED, UPDATE_RECORDED, ACTION_UPDATED, ACTION_UPDATED);
            assertThat(streamed).extracting(Frame::data)
                    .containsExactlyInAnyOrderElementsOf(onKafka.stream().map(PublishedEvent::value).toList());
            assertThat(streamed.stream().filter(frame -> !frame.event().equals(PLAN_CREATED)).map(Frame::data))
                    .as("one action's events, in Kafka order")
                    .containsExactlyElementsOf(onKafka.stream().filter(event -> event.hasKey(action))
                            .map(PublishedEvent::value).toList());
            assertThat(streamed).allSatisfy(frame -> assertThat(StreamPosition.parse(frame.id(), "id")).isNotNull());
            assertThat(updatesOnly.awaitEvents(frame -> true, 1)).extracting(Frame::event)
                    .containsExactly(UPDATE_RECORDED);
            all.awaitEvents(frame -> frame.data().contains("\"Last\""), 1);
            assertThat(all.events()).hasSize(5);
        }
    }

    @Test
    void aClientReconnectingWithItsLastEventIdGetsEveryLaterEventOnceAndNothingBefore() {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        String national = Tokens.of("national", null);
        UUID action;
        String lastSeenId;
        List<String> missedWhileAway;
        try (PlanEventsTopic topic = PlanEventsTopic.fromNow()) {
            try (SseConnection first = SseConnection.open(uri("planId=" + plan), national, null).awaitConnected()) {
                action = Api.createAction(organisation, plan, "7", null);
                postUpdate(organisation, action, "Before the drop");
                List<Frame> seen = first.awaitEvents(frame -> true, 3);
                assertThat(seen).extracting(Frame::event).containsExactly(ACTION_CREATED, UPDATE_RECORDED,
                        ACTION_UPDATED);
                lastSeenId = seen.get(0).id();
            }
            postUpdate(organisation, action, "While away");
            missedWhileAway = topic.awaitKeyed(action, 5).stream().skip(1).map(PublishedEvent::value).toList();
        }

        try (SseConnection byHeader = SseConnection.open(uri("planId=" + plan), national, lastSeenId)
                .awaitConnected();
             SseConnection byQuery = SseConnection.open(uri("planId=" + plan + "&lastEventId="
                     + URLEncoder.encode(lastSeenId, StandardCharsets.UTF_8)), national, null).awaitConnected()) {
            assertThat(byHeader.awaitEvents(frame -> true, 4)).extracting(Frame::data)
                    .containsExactlyElementsOf(missedWhileAway);
            assertThat(byQuery.awaitEvents(frame -> true, 4)).extracting(Frame::data)
                    .containsExactlyElementsOf(missedWhileAway);

            // Past the replay, the live feed goes on where it ended, without repeating anything.
            postUpdate(organisation, action, "After the return");
            assertThat(byHeader.awaitEvents(frame -> true, 6)).extracting(Frame::event).containsExactly(
                    UPDATE_RECORDED, ACTION_UPDATED, UPDATE_RECORDED, ACTION_UPDATED, UPDATE_RECORDED, ACTION_UPDATED);
            assertThat(byQuery.awaitEvents(frame -> true, 6).get(5).data())
                    .isEqualTo(byHeader.events().get(5).data());
        }
    }

    @Test
    void onlyCallersWhoMayReadTheEventsCanSubscribe() {
        UUID organisation = Api.createOrganisation();
        UUID otherOrganisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "PUBLISHED");

        Api.assertProblem(stream(null, null).queryParam("organisationId", organisation).get(events).then(), 401,
                "Authorization");
        Api.assertProblem(stream("viewer", organisation).get(events).then(), 403, null);
        Api.assertProblem(stream("editor", otherOrganisation).queryParam("organisationId", organisation)
                .get(events).then(), 403, null);
        Api.assertProblem(stream("editor", otherOrganisation).queryParam("planId", plan).get(events).then(), 403,
                null);
        Api.assertProblem(stream("national", null).queryParam("planId", UUID.randomUUID()).get(events).then(), 404,
                null);
        Api.assertProblem(stream("national", null).header("Last-Event-ID", "yesterday").get(events).then(), 400,
                "Last-Event-ID");
    }

    @Test
    void theAsyncApiDocumentIsServedBesideTheStream() throws IOException {
        byte[] shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventStreamResource.ASYNCAPI_RESOURCE)) {
            shipped = in.readAllBytes();
        }
        RestAssured.get(events + "/asyncapi.yaml").then().statusCode(200)
                .contentType(startsWith(EventStreamResource.YAML))
                .body(equalTo(new String(shipped, StandardCharsets.UTF_8)));
    }

    private URI uri(String query) {
        return URI.create(events + "?" + query);
    }

    private static RequestSpecification stream(String role, UUID organisation) {
        RequestSpecification request = RestAssured.given().accept("text/event-stream");
        return role == null ? request : request.auth().oauth2(Tokens.of(role, organisation));
    }

    private static void postUpdate(UUID organisation, UUID action, String text) {
        editor(organisation).body(Map.of("text", text)).post("/api/v1/actions/{id}/updates", action)
                .then().statusCode(201);
    }
}
