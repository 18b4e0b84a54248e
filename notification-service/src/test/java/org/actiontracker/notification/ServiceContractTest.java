package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.actiontracker.events.EventTypes;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Metrics;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Authorisation, error format, OpenAPI, health and metrics: what every caller relies on. */
@QuarkusTest
class ServiceContractTest extends NotificationTestBase {

    @Test
    void scanningNeedsAnAdmin() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/scans")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.recipient("someone@example.org")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/scans")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(Tokens.recipient("someone@example.org"))
                .when().get("/api/v1/queue")
                .then().statusCode(403);
    }

    @Test
    void aScanRequestWithUnreadableFieldsIsRefusedNamingTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("asOf", "next tuesday"))
                .when().post("/api/v1/scans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("asOf"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("organisationId", "HUM"))
                .when().post("/api/v1/scans")
                .then().statusCode(400).body("errors.field", contains("organisationId"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("[1, 2")
                .when().post("/api/v1/scans")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/tracked-actions/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Not found"));
        given().auth().oauth2(Tokens.admin())
                .when().post("/api/v1/queue/{id}/retry", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin())
                .when().delete("/api/v1/scans")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void everyDocumentedErrorResponseIsAProblemDetail() {
        JsonPath openApi = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();

        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        int errorResponses = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses =
                        (Map<String, Map<String, Object>>) operation.getValue().get("responses");
                for (var response : responses.entrySet()) {
                    // The unsubscribe link opens in a browser: its refusal is a page, documented as text/html.
                    boolean page = path.getKey().equals("/api/v1/unsubscribe") && operation.getKey().equals("get");
                    if (response.getKey().startsWith("4") && !page) {
                        errorResponses++;
                        assertThat(response.getValue().get("content").toString())
                                .as("%s %s %s", operation.getKey(), path.getKey(), response.getKey())
                                .contains("application/problem+json").contains("#/components/schemas/Problem");
                    }
                }
            }
        }
        assertThat(errorResponses).isGreaterThan(20);
    }

    @Test
    void healthReportsTheDatabaseAndTheKafkaConsumerWithoutAToken() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void metricsExposeTheServiceCountersWithoutAToken() {
        double plansApplied = Metrics.eventsConsumed(EventTypes.PLAN_CREATED, "applied");

        new ActionPlanFixture().publishPlan(90);

        await().atMost(Api.EVENT_TIMEOUT)
                .until(() -> Metrics.eventsConsumed(EventTypes.PLAN_CREATED, "applied") > plansApplied);
        assertThat(Metrics.scrape()).contains("notification_emails_sent_total", "notification_emails_failed_total",
                "notification_queue_pending", "notification_queue_failed");
    }
}
