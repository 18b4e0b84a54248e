package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Withdrawing an update that moved an action puts the action back to what its remaining history says. */
@QuarkusTest
class WithdrawRevertTest {

    @Test
    void withdrawingTheOnlyUpdateThatMovedTheActionRestoresItsEarlierValues() {
        UUID organisation = Api.createOrganisation();
        UUID action = Api.createAction(organisation, Api.createPlan(organisation, Api.createSource(), "DRAFT"),
                "7", "7.1");
        UUID update = post(organisation, action, Map.of("text", "Done", "newStatus", "COMPLETE",
                "newStatusLabel", "Complete", "newRag", "GREEN", "newPercentComplete", 100));
        editor(organisation).get("/api/v1/actions/{id}", action).then().body("status", equalTo("COMPLETE"));

        editor(organisation).header("If-Match", "*").delete("/api/v1/updates/{id}", update).then().statusCode(200);

        editor(organisation).get("/api/v1/actions/{id}", action).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("statusLabel", equalTo("Ongoing"))
                .body("rag", nullValue())
                .body("percentComplete", nullValue())
                .body("latestUpdateAt", nullValue());
        Api.admin().queryParam("resourceId", action).get("/api/v1/audit").then().statusCode(200)
                .body("items.changes.flatten().field", hasItem("status"));
    }

    @Test
    void withdrawingTheLatestUpdateReturnsToTheEarlierUpdatesValues() {
        UUID organisation = Api.createOrganisation();
        UUID action = Api.createAction(organisation, Api.createPlan(organisation, Api.createSource(), "DRAFT"),
                "7", "7.1");
        post(organisation, action, Map.of("text", "Half way", "newStatus", "ON_TRACK", "newRag", "AMBER",
                "newPercentComplete", 50));
        UUID latest = post(organisation, action, Map.of("text", "Slipping", "newStatus", "DELAYED", "newRag", "RED"));

        editor(organisation).header("If-Match", "*").delete("/api/v1/updates/{id}", latest).then().statusCode(200);

        editor(organisation).get("/api/v1/actions/{id}", action).then().statusCode(200)
                .body("status", equalTo("ON_TRACK"))
                .body("rag", equalTo("AMBER"))
                .body("percentComplete", equalTo(50));
    }

    private static UUID post(UUID organisation, UUID action, Map<String, Object> body) {
        return UUID.fromString(editor(organisation).body(body).post("/api/v1/actions/{id}/updates", action)
                .then().statusCode(201).extract().path("id"));
    }
}
