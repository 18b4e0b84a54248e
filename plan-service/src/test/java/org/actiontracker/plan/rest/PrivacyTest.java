package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.actiontracker.infra.DevTokens;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.anonymous;
import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** What the public may not learn: who owns what by e-mail, what a withdrawn update said, earlier revisions. */
@QuarkusTest
class PrivacyTest {

    private static UUID organisation;
    private static UUID action;
    private static UUID withdrawn;

    @BeforeEach
    void createPublishedPlan() {
        if (action != null) {
            return;
        }
        organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "PUBLISHED");
        action = Api.createAction(organisation, plan, "7", "7.1");
        withdrawn = UUID.fromString(editor(organisation).body(Map.of("text", "Named a victim by mistake",
                        "newRag", "RED")).post("/api/v1/actions/{id}/updates", action)
                .then().statusCode(201).extract().path("id"));
        editor(organisation).body(Map.of("text", "Corrected wording, still naming nobody",
                        "newRag", "RED"))
                .header("If-Match", "*").put("/api/v1/updates/{id}", withdrawn).then().statusCode(200);
        editor(organisation).header("If-Match", "*").delete("/api/v1/updates/{id}", withdrawn)
                .then().statusCode(200);
    }

    @Test
    void anonymousCallerCannotCountActionsByOwnerEmail() {
        Api.assertProblem(anonymous().queryParam("ownerEmail", "owner@force.example").get("/api/v1/actions").then(),
                401, "ownerEmail");
        Api.assertProblem(anonymous().queryParam("ownerEmail", "owner@force.example")
                .get("/api/v1/plans/{id}/actions", planOf(action)).then(), 401, "ownerEmail");
    }

    @Test
    void signedInCallerFiltersByOwnerEmail() {
        Api.as("viewer", organisation).queryParam("ownerEmail", "OWNER@force.example")
                .queryParam("organisationId", organisation).get("/api/v1/actions")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void publicSeesThatAnUpdateWasWithdrawnAndWhenButNotWhatItSaid() {
        anonymous().get("/api/v1/updates/{id}", withdrawn).then().statusCode(200)
                .body("withdrawn", equalTo(true))
                .body("withdrawnAt", notNullValue())
                .body("text", nullValue())
                .body("newRag", nullValue())
                .body("withdrawnBy", nullValue());
        anonymous().get("/api/v1/actions/{id}/updates", action).then().statusCode(200)
                .body("items.find { it.id == '" + withdrawn + "' }.withdrawn", equalTo(true))
                .body("items.find { it.id == '" + withdrawn + "' }.text", nullValue());
        Api.as("viewer", Api.createOrganisation()).get("/api/v1/updates/{id}", withdrawn).then().statusCode(200)
                .body("text", nullValue());
    }

    @Test
    void organisationReadersStillSeeWhatAWithdrawnUpdateSaid() {
        Api.as("viewer", organisation).get("/api/v1/updates/{id}", withdrawn).then().statusCode(200)
                .body("text", equalTo("Corrected wording, still naming nobody"))
                .body("newRag", equalTo("RED"));
    }

    @Test
    void revisionsAreOnlyForSignedInReadersOfTheOrganisationNationalAndAdmin() {
        Api.assertProblem(anonymous().get("/api/v1/updates/{id}/revisions", withdrawn).then(), 401, "Authorization");
        Api.assertProblem(anonymous().get("/api/v1/updates/{id}/revisions", UUID.randomUUID()).then(), 401,
                "Authorization");
        Api.assertProblem(Api.as("viewer", Api.createOrganisation())
                .get("/api/v1/updates/{id}/revisions", withdrawn).then(), 403, null);
        Api.as("viewer", organisation).get("/api/v1/updates/{id}/revisions", withdrawn).then().statusCode(200)
                .body("[0].text", equalTo("Named a victim by mistake"));
        Api.as("national", null).get("/api/v1/updates/{id}/revisions", withdrawn).then().statusCode(200);
        Api.admin().get("/api/v1/updates/{id}/revisions", withdrawn).then().statusCode(200);
    }

    @Test
    void colleagueWhoEditsAnUpdateIsRecordedAndTheAuthorStaysTheAuthor() {
        UUID update = UUID.fromString(editor(organisation).body(Map.of("text", "First draft"))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201).extract().path("id"));
        String colleague = DevTokens.mint("colleague-" + organisation, "Colleague Two", "two@force.example",
                organisation, "editor");
        RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON).auth().oauth2(colleague)
                .header("If-Match", "*").body(Map.of("text", "Second draft"))
                .put("/api/v1/updates/{id}", update).then().statusCode(200)
                .body("authorName", equalTo("Test editor"))
                .body("updatedBy", equalTo("Colleague Two"))
                .body("updatedAt", notNullValue());
        editor(organisation).get("/api/v1/updates/{id}", update).then().statusCode(200)
                .body("authorName", equalTo("Test editor"))
                .body("updatedBy", equalTo("Colleague Two"));
    }

    private static UUID planOf(UUID actionId) {
        return UUID.fromString(editor(organisation).get("/api/v1/actions/{id}", actionId).then().extract()
                .path("planId"));
    }
}
