package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.admin;
import static org.actiontracker.plan.Api.anonymous;
import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PlanLifecycleTest {

    @Test
    void walksFromSourceToUpdateAndBack() {
        UUID source = Api.createSource();
        UUID organisation = Api.createOrganisation();

        String planLocation = editor(organisation).body(Map.of("organisationId", organisation, "sourceId", source,
                        "title", "Our response", "versionLabel", "March 2026 Update",
                        "executiveLead", Map.of("name", "A Chief", "role", "DCC", "email", "dcc@force.example")))
                .post("/api/v1/plans")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", equalTo("DRAFT"))
                .body("reportingIntervalDays", equalTo(90))
                .extract().header("Location");
        UUID plan = UUID.fromString(planLocation.substring(planLocation.lastIndexOf('/') + 1));

        UUID action = UUID.fromString(editor(organisation).body(Map.of("recommendationNumber", "07",
                        "subPointRef", "7.1", "description", "Add a secondary crime flag",
                        "owner", Map.of("name", "Det Supt Southbank", "email", "southbank@force.example"),
                        "statusLabel", "In Progress 25%", "status", "IN_PROGRESS", "percentComplete", 25))
                .post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("recommendationNumber", equalTo("7"))
                .body("targetDate", equalTo("2025-03-27"))
                .body("statusLabel", equalTo("In Progress 25%"))
                .body("latestUpdateAt", nullValue())
                .extract().path("id"));

        String updateId = editor(organisation).body(Map.of("period", "March 2025 Update", "reportedOn", "2025-03-27",
                        "authorRole", "DCI Safeguarding Governance", "text", "Flag live in Niche",
                        "newStatus", "COMPLETE", "newStatusLabel", "Action Complete", "newRag", "GREEN",
                        "newPercentComplete", 100))
                .post("/api/v1/actions/{id}/updates", action)
                .then().statusCode(201)
                .body("authorName", equalTo("Test editor"))
                .body("revision", equalTo(1))
                .body("withdrawn", equalTo(false))
                .extract().path("id");

        editor(organisation).get("/api/v1/actions/{id}", action)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETE"))
                .body("statusLabel", equalTo("Action Complete"))
                .body("rag", equalTo("GREEN"))
                .body("percentComplete", equalTo(100))
                .body("latestUpdateAt", notNullValue());

        editor(organisation).get("/api/v1/actions/{id}/updates", action)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(updateId))
                .body("items[0].period", equalTo("March 2025 Update"));

        editor(organisation).get("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(action.toString()));

        admin().get("/api/v1/recommendations/{id}", (Object) admin().get("/api/v1/sources/{id}/recommendations",
                        source).then().extract().path("items[0].id"))
                .then().statusCode(200).body("number", equalTo("7"));
    }

    @Test
    void draftPlansAreHiddenFromThePublicAndPublishedOnesHideEmails() {
        UUID source = Api.createSource();
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, source, "DRAFT");
        UUID action = Api.createAction(organisation, plan, "14", null);

        Api.assertProblem(anonymous().get("/api/v1/plans/{id}", plan).then(), 401, "Authorization");
        anonymous().get("/api/v1/actions?planId={id}", plan).then().statusCode(200).body("totalItems", equalTo(0));

        String etag = editor(organisation).get("/api/v1/plans/{id}", plan).then().extract().header("ETag");
        editor(organisation).header("If-Match", etag).body(Map.of("state", "PUBLISHED"))
                .patch("/api/v1/plans/{id}", plan)
                .then().statusCode(200).body("state", equalTo("PUBLISHED")).body("publishedAt", notNullValue());

        anonymous().get("/api/v1/plans/{id}", plan).then().statusCode(200)
                .body("executiveLead.name", equalTo("Chief Exec"))
                .body("executiveLead.email", nullValue());
        anonymous().get("/api/v1/actions/{id}", action).then().statusCode(200)
                .body("owner.name", equalTo("Owner One"))
                .body("owner.email", nullValue());
    }
}
