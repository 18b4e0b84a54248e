package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ActionListTest {

    private static UUID organisation;
    private static UUID plan;
    private static UUID overdueRed;
    private static UUID onTrackGreen;
    private static UUID completeByOther;
    private static UUID updatedRecently;

    /** Once for the class; REST Assured knows the port only from the first test on. */
    @BeforeEach
    void createActions() {
        if (plan != null) {
            return;
        }
        organisation = Api.createOrganisation();
        plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        overdueRed = action("7", "7.1", "DELAYED", "RED", "2025-01-31", "a.owner@force.example");
        onTrackGreen = action("7", "7.2", "ON_TRACK", "GREEN", "2026-06-30", "b.owner@force.example");
        completeByOther = action("14", null, "COMPLETE", "GREEN", "2025-09-27", "B.Owner@Force.example");
        updatedRecently = action("14", null, "IN_PROGRESS", "AMBER", "2027-01-01", "c.owner@force.example");
        editor(organisation).body(Map.of("text", "Moving")).post("/api/v1/actions/{id}/updates", updatedRecently)
                .then().statusCode(201);
    }

    private static UUID action(String recommendation, String subPoint, String status, String rag, String target,
                        String owner) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("recommendationNumber", recommendation,
                "description", "Action " + status, "status", status, "rag", rag, "targetDate", target,
                "owner", Map.of("name", "Owner", "email", owner)));
        if (subPoint != null) {
            body.put("subPointRef", subPoint);
        }
        return UUID.fromString(editor(organisation).body(body).post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(201).extract().path("id"));
    }

    @Test
    void pagesCarryTotals() {
        editor(organisation).get("/api/v1/plans/{id}/actions?size=3&page=0", plan)
                .then().statusCode(200)
                .body("items", hasSize(3)).body("totalItems", equalTo(4)).body("totalPages", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(3));
        editor(organisation).get("/api/v1/plans/{id}/actions?size=3&page=1", plan)
                .then().body("items", hasSize(1)).body("items[0].id", equalTo(updatedRecently.toString()));
    }

    @Test
    void sortsByTargetDateDescending() {
        editor(organisation).get("/api/v1/plans/{id}/actions?sort=-targetDate", plan)
                .then().body("items.id", contains(updatedRecently.toString(), onTrackGreen.toString(),
                        completeByOther.toString(), overdueRed.toString()));
    }

    @Test
    void filtersByStatusAndRag() {
        editor(organisation).get("/api/v1/actions?planId={id}&status=DELAYED,ON_TRACK", plan)
                .then().body("items.id", containsInAnyOrder(overdueRed.toString(), onTrackGreen.toString()));
        editor(organisation).get("/api/v1/actions?planId={id}&rag=GREEN&status=COMPLETE", plan)
                .then().body("items.id", contains(completeByOther.toString()));
    }

    @Test
    void filtersByOwnerEmailIgnoringCase() {
        editor(organisation).get("/api/v1/actions?organisationId={id}&ownerEmail=b.owner@force.example",
                        organisation)
                .then().body("items.id", containsInAnyOrder(onTrackGreen.toString(), completeByOther.toString()));
    }

    @Test
    void filtersByRecommendationAndTargetDates() {
        editor(organisation).get("/api/v1/actions?planId={id}&recommendation=07", plan)
                .then().body("items.recommendationNumber", everyItem(equalTo("7"))).body("totalItems", equalTo(2));
        editor(organisation).get("/api/v1/actions?planId={id}&targetBefore=2025-10-01&targetAfter=2025-02-01",
                        plan)
                .then().body("items.id", contains(completeByOther.toString()));
    }

    @Test
    void filtersActionsWithoutARecentUpdate() {
        editor(organisation).get("/api/v1/actions?planId={id}&noUpdateSince=2020-01-01", plan)
                .then().body("totalItems", equalTo(3))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        updatedRecently.toString())));
    }

    @Test
    void otherOrganisationsDraftsStayOutOfLists() {
        UUID stranger = Api.createOrganisation();
        editor(stranger).get("/api/v1/actions?planId={id}", plan).then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.as("national", null).get("/api/v1/actions?planId={id}", plan).then().body("totalItems", equalTo(4));
    }

    @Test
    void aPagePastTheEndIsEmptyButStillCountsTheMatches() {
        editor(organisation).get("/api/v1/plans/{id}/actions?size=3&page=5", plan)
                .then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", equalTo(4)).body("totalPages", equalTo(2));
    }

    @Test
    void aListedActionCarriesEveryFieldOfTheActionItself() {
        UUID ownPlan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        UUID documented = UUID.fromString(editor(organisation).body(Map.of("recommendationNumber", "7",
                        "subPointRef", "7.2", "description", "Documented", "status", "IN_PROGRESS",
                        "statusLabel", "In Progress 25%", "rag", "AMBER", "percentComplete", 25,
                        "targetDate", "2026-03-31", "owner", Map.of("name", "Ann Owner", "role", "DCI",
                                "email", "ann@force.example"),
                        "documents", java.util.List.of(Map.of("title", "Policy", "url", "https://force.example/p"))))
                .post("/api/v1/plans/{id}/actions", ownPlan).then().statusCode(201).extract().path("id"));
        editor(organisation).body(Map.of("text", "Started")).post("/api/v1/actions/{id}/updates", documented)
                .then().statusCode(201);
        Map<String, Object> itself = editor(organisation).get("/api/v1/actions/{id}", documented)
                .then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> listed = editor(organisation)
                .get("/api/v1/actions?planId={id}&status=IN_PROGRESS&rag=AMBER&ownerEmail=ann@force.example", ownPlan)
                .then().statusCode(200).body("totalItems", equalTo(1)).extract().jsonPath().getMap("items[0]");
        org.assertj.core.api.Assertions.assertThat(listed).isEqualTo(itself);
        org.assertj.core.api.Assertions.assertThat(listed.get("latestUpdateAt")).isNotNull();
    }

    @Test
    void publishedPlansAreListedForAnyoneWithoutOwnerEmails() {
        UUID published = Api.createPlan(organisation, Api.createSource(), "PUBLISHED");
        Api.createAction(organisation, published, "7", null);
        Api.anonymous().get("/api/v1/actions?planId={id}", published).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].owner.email", org.hamcrest.Matchers.nullValue());
        editor(Api.createOrganisation()).get("/api/v1/actions?planId={id}", published).then()
                .body("totalItems", equalTo(1));
    }
}
