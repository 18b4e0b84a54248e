package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Every kind of bad input answers a 4xx problem naming the field and the reason; never a 500. */
@QuarkusTest
class BadInputTest {

    private UUID organisation;
    private UUID plan;
    private UUID action;

    @BeforeEach
    void createPlan() {
        organisation = Api.createOrganisation();
        plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        action = Api.createAction(organisation, plan, "7", "7.1");
    }

    @Test
    void malformedJsonIsRejectedAsInvalidBody() {
        assertProblem(editor(organisation).body("{\"recommendationNumber\": \"7\", ")
                .post("/api/v1/plans/{id}/actions", plan).then(), 400, null)
                .body("detail", containsString("malformed JSON"));
    }

    @Test
    void aBadDocumentOfAnUpdateIsNamedByItsPositionInTheList() {
        assertProblem(editor(organisation).body(Map.of("text", "See the evidence", "documents", List.of(
                        Map.of("title", "Fine", "url", "https://force.example/fine.pdf"),
                        Map.of("title", "Broken", "url", "ftp://force.example/broken"))))
                .post("/api/v1/actions/{id}/updates", action).then(), 400, "documents[1].url");
    }

    @Test
    void anUpdatesDocumentsAreAnsweredAndListed() {
        String update = editor(organisation).body(Map.of("text", "Evidence attached", "documents", List.of(
                        Map.of("title", "Audit", "url", "https://force.example/audit.pdf"))))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201)
                .body("documents[0].title", equalTo("Audit")).extract().path("id");
        editor(organisation).get("/api/v1/updates/{id}", update).then().statusCode(200)
                .body("documents[0].url", equalTo("https://force.example/audit.pdf"));
    }

    @Test
    void wrongTypeNamesTheField() {
        assertProblem(editor(organisation).body("{\"recommendationNumber\":\"7\",\"description\":\"x\","
                + "\"percentComplete\":\"lots\"}").post("/api/v1/plans/{id}/actions", plan).then(), 400,
                "percentComplete");
    }

    @Test
    void unknownFieldIsRejectedWithTheKnownOnes() {
        assertProblem(editor(organisation).body(Map.of("recommendationNumber", "7", "description", "x",
                "colour", "blue")).post("/api/v1/plans/{id}/actions", plan).then(), 400, "colour")
                .body("errors[0].reason", containsString("description"));
    }

    @Test
    void impossibleDateNamesTheField() {
        assertProblem(editor(organisation).body(Map.of("recommendationNumber", "7", "description", "x",
                "targetDate", "2025-13-45")).post("/api/v1/plans/{id}/actions", plan).then(), 400, "targetDate")
                .body("errors[0].reason", containsString("YYYY-MM-DD"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        assertProblem(editor(organisation).body(Map.of("recommendationNumber", "7", "description", "x",
                "status", "DONE")).post("/api/v1/plans/{id}/actions", plan).then(), 400, "status")
                .body("errors[0].reason", containsString("ON_TRACK"));
    }

    @Test
    void failedConstraintsNameEveryField() {
        assertProblem(editor(organisation).body(Map.of("recommendationNumber", "7", "description", " ",
                        "percentComplete", 101, "owner", Map.of("email", "not-an-address")))
                .post("/api/v1/plans/{id}/actions", plan).then(), 400, "owner.email")
                .body("errors.field", org.hamcrest.Matchers.hasItems("description", "percentComplete"));
    }

    @Test
    void missingBodyIsRejected() {
        assertProblem(editor(organisation).post("/api/v1/plans/{id}/actions", plan).then(), 400, null);
    }

    @Test
    void oversizedBodyIsRefusedWith413() {
        String huge = "x".repeat(3 * 1024 * 1024);
        assertProblem(editor(organisation).body(Map.of("recommendationNumber", "7", "description", huge))
                .post("/api/v1/plans/{id}/actions", plan).then(), 413, null);
    }

    @Test
    void overlongTextIsRejectedByItsLimit() {
        assertProblem(editor(organisation).body(Map.of("recommendationNumber", "7", "description",
                "x".repeat(20_001))).post("/api/v1/plans/{id}/actions", plan).then(), 400, "description");
    }

    @Test
    void unknownIdsAnswer404AndMalformedOnes400NamingTheParameter() {
        assertProblem(editor(organisation).get("/api/v1/actions/{id}", UUID.randomUUID()).then(), 404, null);
        assertProblem(editor(organisation).get("/api/v1/no-such-collection").then(), 404, null);
        assertProblem(editor(organisation).get("/api/v1/actions/not-a-uuid").then(), 400, "id");
        assertProblem(editor(organisation).get("/api/v1/plans/not-a-uuid/actions").then(), 400, "id");
        assertProblem(editor(organisation).header("If-Match", "*").body(Map.of("text", "x"))
                .put("/api/v1/updates/not-a-uuid").then(), 400, "id");
    }

    @Test
    void badlyTypedQueryValuesAnswer400NamingEachParameter() {
        assertProblem(editor(organisation).get("/api/v1/actions?page=abc").then(), 400, "page");
        assertProblem(editor(organisation).get("/api/v1/actions/{id}/updates?includeWithdrawn=yes&size=x",
                UUID.randomUUID()).then(), 400, "includeWithdrawn").body("errors.field",
                org.hamcrest.Matchers.hasItem("size"));
        assertProblem(editor(organisation).get("/api/v1/actions?organisationId=xyz").then(), 400, "organisationId");
        assertProblem(Api.admin().get("/api/v1/audit?resourceId=xyz").then(), 400, "resourceId");
    }

    @Test
    void unknownRecommendationIsUnprocessable() {
        assertProblem(editor(organisation).body(Map.of("recommendationNumber", "99", "description", "x"))
                .post("/api/v1/plans/{id}/actions", plan).then(), 422, "recommendationNumber");
        assertProblem(editor(organisation).body(Map.of("recommendationNumber", "7", "subPointRef", "7.9",
                "description", "x")).post("/api/v1/plans/{id}/actions", plan).then(), 422, "subPointRef");
    }

    @Test
    void badQueryParametersNameTheParameter() {
        assertProblem(editor(organisation).get("/api/v1/actions?page=-1").then(), 400, "page");
        assertProblem(editor(organisation).get("/api/v1/actions?size=1000").then(), 400, "size");
        assertProblem(editor(organisation).get("/api/v1/actions?sort=colour").then(), 400, "sort");
        assertProblem(editor(organisation).get("/api/v1/actions?status=FINISHED").then(), 400, "status");
        assertProblem(editor(organisation).get("/api/v1/actions?rag=PURPLE").then(), 400, "rag");
        assertProblem(editor(organisation).get("/api/v1/actions?targetBefore=next-week").then(), 400,
                "targetBefore");
        assertProblem(editor(organisation).get("/api/v1/actions?planId=123").then(), 400, "planId");
        assertProblem(editor(organisation).get("/api/v1/plans?state=FINAL").then(), 400, "state");
    }

    @Test
    void nonJsonBodyIsUnsupported() {
        assertProblem(editor(organisation).contentType("text/plain").body("hello")
                .post("/api/v1/plans/{id}/actions", plan).then(), 415, null);
    }

    @Test
    void badIfMatchNamesTheHeader() {
        assertProblem(editor(organisation).header("If-Match", "yesterday").body(Map.of("description", "x"))
                .patch("/api/v1/actions/{id}", action).then(), 400, "If-Match");
    }
}
