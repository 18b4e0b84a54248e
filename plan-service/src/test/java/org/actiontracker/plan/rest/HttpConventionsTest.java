package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** What integrators and browser dashboards expect of HTTP: CORS, conditional GET, gzip, strong If-Match. */
@QuarkusTest
class HttpConventionsTest {

    /** The origin %test.quarkus.http.cors.origins allows. */
    private static final String DASHBOARD = "https://dashboard.example.org";

    private static UUID organisation;
    private static UUID plan;
    private static UUID action;

    @BeforeEach
    void createAction() {
        if (action == null) {
            organisation = Api.createOrganisation();
            plan = Api.createPlan(organisation, Api.createSource(), "PUBLISHED");
            action = Api.createAction(organisation, plan, "7", "7.1");
        }
    }

    @Test
    void aConfiguredOriginMayCallTheApiAndSubscribeToTheStream() {
        RestAssured.given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/actions/{id}", action)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        RestAssured.given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,last-event-id")
                .options("/api/v1/events")
                .then().header("Access-Control-Allow-Origin", DASHBOARD);
        RestAssured.given().header("Origin", DASHBOARD).get("/api/v1/actions/{id}", action)
                .then().statusCode(200).header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void anOriginNotConfiguredIsNotAllowed() {
        RestAssured.given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/actions")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagAnswers304WithoutABody() {
        String etag = RestAssured.given().get("/api/v1/actions/{id}", action).then().statusCode(200)
                .extract().header("ETag");
        RestAssured.given().header("If-None-Match", etag).get("/api/v1/actions/{id}", action)
                .then().statusCode(304).body(emptyOrNullString());
        RestAssured.given().header("If-None-Match", "W/" + etag).get("/api/v1/actions/{id}", action)
                .then().statusCode(304);
        RestAssured.given().header("If-None-Match", "\"999\"").get("/api/v1/actions/{id}", action)
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void responsesAreCompressedWhenTheClientAcceptsGzip() {
        RestAssured.given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig()
                        .contentDecoders(DecoderConfig.ContentDecoder.GZIP)))
                .header("Accept-Encoding", "gzip").get("/api/v1/sources")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }

    @Test
    void aWeakEtagIsNotAcceptedForIfMatch() {
        String etag = editor(organisation).get("/api/v1/actions/{id}", action).then().extract().header("ETag");
        Api.assertProblem(editor(organisation).header("If-Match", "W/" + etag).body(Map.of("rag", "RED"))
                .patch("/api/v1/actions/{id}", action).then(), 412, "If-Match");
        editor(organisation).header("If-Match", etag).body(Map.of("rag", "RED"))
                .patch("/api/v1/actions/{id}", action).then().statusCode(200);
    }

    @Test
    void timestampsCarryMicrosecondsAlikeInThePostAnswerAndLaterReads() {
        var posted = editor(organisation).body(Map.of("text", "Timed")).post("/api/v1/actions/{id}/updates", action)
                .then().statusCode(201).extract();
        String recordedAt = posted.path("recordedAt");
        org.assertj.core.api.Assertions.assertThat(recordedAt).matches(".*T[0-9:]{8}(\\.[0-9]{1,6})?Z");
        editor(organisation).get("/api/v1/updates/{id}", posted.<String>path("id")).then().statusCode(200)
                .body("recordedAt", equalTo(recordedAt));
    }

    @Test
    void exportHonoursAccept() {
        RestAssured.given().accept("text/csv").get("/api/v1/plans/{id}/export", plan)
                .then().statusCode(200).contentType(containsString("text/csv"));
        RestAssured.given().accept("application/json").get("/api/v1/plans/{id}/export", plan)
                .then().statusCode(406).contentType("application/problem+json");
        RestAssured.given().accept("application/problem+json").get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWriteThatChangesNothingKeepsTheVersionAndRecordsNoChange() {
        UUID quiet = Api.createAction(organisation, plan, "14", null);
        String etag = editor(organisation).get("/api/v1/actions/{id}", quiet).then().extract().header("ETag");
        int audited = Api.admin().queryParam("resourceId", quiet).get("/api/v1/audit").then().statusCode(200)
                .extract().path("totalItems");

        editor(organisation).header("If-Match", etag).body(Map.of("status", "IN_PROGRESS", "statusLabel", "Ongoing"))
                .patch("/api/v1/actions/{id}", quiet).then().statusCode(200).header("ETag", equalTo(etag));

        Api.admin().queryParam("resourceId", quiet).get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", equalTo(audited));
    }
}
