package org.actiontracker.plan.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

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

    private static String organisationName() {
        return Api.admin().get("/api/v1/organisations/{id}", organisation).then().statusCode(200).extract()
                .path("name");
    }
}
