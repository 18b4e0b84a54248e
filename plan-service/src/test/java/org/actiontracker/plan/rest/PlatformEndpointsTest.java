package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Health, metrics and the OpenAPI document that integrators rely on. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthIsUpWithDatabaseAndOutbox() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.backlog", notNullValue());
    }

    @Test
    void metricsExposeTheOutboxBacklogForPrometheus() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("outbox_backlog"))
                .body(containsString("http_server_requests"));
    }

    @Test
    void metricsExposeTheOutboxLagAndTheSseSubscriberCountAsPrometheusGauges() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE outbox_oldest_unsent_age_seconds gauge"))
                .body(containsString("# TYPE event_stream_connections gauge"));
    }

    @Test
    void openApiDescribesEveryEndpointWithProblemResponses() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/actions/{id}'.patch.responses.'412'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/actions/{id}'.patch.responses.'428'", notNullValue())
                .body("paths.'/api/v1/plans'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/plans/{id}/actions'.get.parameters.name", org.hamcrest.Matchers.hasItems(
                        "status", "rag", "ownerEmail", "noUpdateSince"))
                .body("components.schemas.Problem.properties.errors", notNullValue())
                .body("components.schemas.Action", notNullValue());
    }
}
