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
}
