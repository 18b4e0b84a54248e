package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Creating POSTs sent with an Idempotency-Key: a retry answers as the first time and creates nothing. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void aRetriedUpdateWithTheSameKeyAndBodyGetsTheFirstAnswerAndRecordsOneUpdate() {
        UUID organisation = Api.createOrganisation();
        UUID action = Api.createAction(organisation, Api.createPlan(organisation, Api.createSource(), "DRAFT"),
                "7", "7.1");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("text", "Supplier release deployed", "period", "November");

        Response first = post(organisation, action, key, body);
        Response retry = post(organisation, action, key, body);

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"))
                .body("id", equalTo(first.path("id")));
        editor(organisation).get("/api/v1/actions/{id}/updates", action).then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422NamingTheHeaderAndCreatesNothing() {
        UUID organisation = Api.createOrganisation();
        UUID action = Api.createAction(organisation, Api.createPlan(organisation, Api.createSource(), "DRAFT"),
                "7", "7.1");
        String key = UUID.randomUUID().toString();
        post(organisation, action, key, Map.of("text", "First")).then().statusCode(201);

        Api.assertProblem(post(organisation, action, key, Map.of("text", "Second")).then(), 422, "Idempotency-Key");
        editor(organisation).get("/api/v1/actions/{id}/updates", action).then().body("totalItems", equalTo(1));
    }

    @Test
    void aRequestThatCreatedNothingLeavesItsKeyFreeForTheCorrectedRetry() {
        UUID organisation = Api.createOrganisation();
        UUID action = Api.createAction(organisation, Api.createPlan(organisation, Api.createSource(), "DRAFT"),
                "7", "7.1");
        String key = UUID.randomUUID().toString();

        Api.assertProblem(post(organisation, action, key, Map.of("text", "")).then(), 400, "text");
        post(organisation, action, key, Map.of("text", "Corrected")).then().statusCode(201);
    }

    @Test
    void keysBelongToTheirCallerSoAnotherCallersSameKeyCreatesItsOwn() {
        UUID organisation = Api.createOrganisation();
        UUID action = Api.createAction(organisation, Api.createPlan(organisation, Api.createSource(), "DRAFT"),
                "7", "7.1");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("text", "Same words");
        String first = post(organisation, action, key, body).then().statusCode(201).extract().path("id");

        String other = Api.admin().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201).extract().path("id");

        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aMalformedKeyIs400NamingTheHeader() {
        UUID organisation = Api.createOrganisation();
        UUID action = Api.createAction(organisation, Api.createPlan(organisation, Api.createSource(), "DRAFT"),
                "7", "7.1");
        Api.assertProblem(post(organisation, action, "x".repeat(256), Map.of("text", "Too long a key")).then(),
                400, "Idempotency-Key");
    }

    private static Response post(UUID organisation, UUID action, String key, Map<String, Object> body) {
        return editor(organisation).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/actions/{id}/updates", action);
    }
}
