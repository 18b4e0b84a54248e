package org.actiontracker.notification.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The calls tests make most, as an admin. */
public final class Api {

    public static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    private Api() {
    }

    /** Scans one organisation as of the day and returns the report. */
    public static JsonPath scan(LocalDate asOf, UUID organisationId) {
        return given().auth().oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("asOf", asOf.toString(), "organisationId", organisationId.toString()))
                .when().post("/api/v1/scans")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    public static JsonPath trackedAction(UUID id) {
        return given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/tracked-actions/{id}", id)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    public static void awaitTrackedVersion(UUID actionId, long version) {
        await().atMost(EVENT_TIMEOUT).until(() -> {
            var response = given().auth().oauth2(Tokens.admin()).get("/api/v1/tracked-actions/{id}", actionId);
            return response.statusCode() == 200 && response.jsonPath().getLong("version") >= version;
        });
    }

    public static void awaitExecutiveLeadCopied(UUID actionId, String executiveLeadEmail) {
        await().atMost(EVENT_TIMEOUT).until(() -> executiveLeadEmail.equals(
                trackedAction(actionId).getString("executiveLeadEmail")));
    }

    /** The history as an admin, filtered by the query parameters. */
    public static JsonPath history(Map<String, ?> query) {
        return given().auth().oauth2(Tokens.admin())
                .queryParams(query)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
