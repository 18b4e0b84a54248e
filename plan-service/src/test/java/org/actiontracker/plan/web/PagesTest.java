package org.actiontracker.plan.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.actiontracker.plan.Api;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The server-rendered pages without an identity provider (sign-in is covered by system-tests against Keycloak):
 * what anonymous readers get, the CSV download, and CSRF protection of forms.
 */
@QuarkusTest
class PagesTest {

    private static final UUID STALKING_REPORT = UUID.fromString("5a1c0000-0000-4000-8000-000000000001");

    private static UUID organisation;
    private static UUID publishedPlan;
    private static UUID draftPlan;
    private static UUID action;
    private static String draftTitle;

    /** Once per class; in @BeforeEach because REST Assured points at the test instance only from then on. */
    @BeforeEach
    void createPlans() {
        if (organisation != null) {
            return;
        }
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        organisation = Api.createOrganisation();
        publishedPlan = Api.createPlan(organisation, STALKING_REPORT, "PUBLISHED");
        action = Api.createAction(organisation, publishedPlan, "7", null);
        // One plan per organisation and source: the draft belongs to another force.
        draftPlan = Api.createPlan(Api.createOrganisation(), STALKING_REPORT, "DRAFT");
        draftTitle = Api.admin().get("/api/v1/plans/{id}", draftPlan).then().statusCode(200).extract().path("title");
    }

    @Test
    void thePublicPlanPageShowsTheForcesOwnStatusWordsButNoEmailAddress() {
        RestAssured.given().accept(ContentType.HTML).get("/plans/{id}", publishedPlan)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(allOf(containsString("Do the work for 7"), containsString("Ongoing"),
                        not(containsString("owner@force.example")), not(containsString("dcc@force.example"))));
    }

    @Test
    void aDraftIsRefusedToTheAnonymousAndMissingFromTheListOfPlans() {
        RestAssured.given().accept(ContentType.HTML).get("/plans/{id}", draftPlan).then().statusCode(401)
                .body(not(containsString(draftTitle)));
        RestAssured.given().accept(ContentType.HTML).get("/").then().statusCode(200)
                .body(allOf(containsString(publishedPlan.toString()), not(containsString(draftTitle))));
    }

    @Test
    void theMatrixCsvHasALineForEachActionTheFilterKeeps() {
        String csv = RestAssured.given().get("/matrix.csv?status=IN_PROGRESS").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();

        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("recommendation,organisation,actionId,status,rag,targetDate,latestUpdateOn,overdue,stale")
                .contains("7," + organisationName() + "," + action + ",IN_PROGRESS");
        String none = RestAssured.given().get("/matrix.csv?status=CLOSED").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(none).doesNotContain(action.toString());
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        RestAssured.given().contentType(ContentType.URLENC).formParams(Map.of("text", "Forged"))
                .post("/actions/{id}/updates", action).then().statusCode(400);
        Api.admin().get("/api/v1/actions/{id}/updates", action).then().statusCode(200)
                .body(not(containsString("Forged")));
    }

    @Test
    void theApiStillTakesJsonPostsWithoutACsrfToken() {
        Api.editor(organisation).body(Map.of("text", "Posted by a system"))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201);
    }

    @Test
    void theForcesSummaryCountsEachPublishedForcesActionsAndLinksItsPlan() {
        UUID force = Api.createOrganisation();
        UUID plan = Api.createPlan(force, STALKING_REPORT, "PUBLISHED");
        UUID overdueRed = createAction(force, plan, Map.of("rag", "RED", "targetDate", "2021-01-31"));
        createAction(force, plan, Map.of("status", "COMPLETE", "rag", "GREEN"));
        // Without one, the target date is the recommendation's deadline, which has passed.
        createAction(force, plan, Map.of("targetDate", "2099-12-31"));
        Api.editor(force).body(Map.of("text", "Recruitment under way"))
                .post("/api/v1/actions/{id}/updates", overdueRed).then().statusCode(201);

        String html = RestAssured.given().accept(ContentType.HTML).get("/forces").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();

        Document page = Jsoup.parse(html);
        Element row = page.getElementById("force-" + force);
        assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/plans/" + plan);
        Map<String, String> counts = new java.util.HashMap<>();
        row.select("td[data-count]").forEach(cell -> counts.put(cell.attr("data-count"), cell.text()));
        assertThat(counts).containsEntry("actions", "3").containsEntry("complete", "1")
                .containsEntry("overdue", "1").containsEntry("red", "1").containsEntry("amber", "0")
                .containsEntry("green", "1").containsEntry("none", "1")
                .containsEntry("latest-update", LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(page.getElementById("force-" + organisation)).isNotNull();
        assertThat(html).doesNotContain(draftTitle).doesNotContain("@force.example");
        assertThat(page.select("table th[scope=col]")).hasSize(10);
        String matrix = RestAssured.given().accept(ContentType.HTML).get("/matrix").then().statusCode(200)
                .extract().asString();
        assertThat(Jsoup.parse(matrix).select("main a[href=/forces]")).isNotEmpty();
        assertThat(Jsoup.parse(matrix).select("header a[href=/forces], .govuk-service-navigation a[href=/forces]"))
                .isNotEmpty();
    }

    private static UUID createAction(UUID force, UUID plan, Map<String, String> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("recommendationNumber", "7",
                "description", Api.unique("Action"), "status", "IN_PROGRESS"));
        body.putAll(fields);
        return UUID.fromString(Api.editor(force).body(body).post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(201).extract().path("id"));
    }

    private static String organisationName() {
        return Api.admin().get("/api/v1/organisations/{id}", organisation).then().statusCode(200).extract()
                .path("name");
    }
}
