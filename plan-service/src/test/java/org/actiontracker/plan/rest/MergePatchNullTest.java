package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** JSON Merge Patch (RFC 7396): {@code null} removes a field; a field that must have a value refuses it by name. */
@QuarkusTest
class MergePatchNullTest {

    private static final UUID STALKING_REPORT = UUID.fromString("5a1c0000-0000-4000-8000-000000000001");
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private UUID organisation;
    private UUID action;

    @BeforeEach
    void createAction() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        organisation = Api.createOrganisation();
        action = Api.createAction(organisation, Api.createPlan(organisation, STALKING_REPORT, "PUBLISHED"), "7",
                null);
        patch("{\"rag\":\"AMBER\",\"percentComplete\":40}", "\"0\"").statusCode(200);
    }

    @Test
    void aNullInAMergePatchRemovesTheFieldAndCountsAsAChange() {
        patch("{\"rag\":null,\"statusLabel\":null,\"percentComplete\":null,\"owner\":null}", "\"1\"")
                .statusCode(200).header("ETag", "\"2\"")
                .body("rag", nullValue()).body("statusLabel", nullValue()).body("percentComplete", nullValue())
                .body("owner", nullValue());
        Api.admin().get("/api/v1/actions/{id}", action).then().statusCode(200)
                .body("rag", nullValue()).body("statusLabel", nullValue()).body("description",
                        equalTo("Do the work for 7"));
    }

    @Test
    void aFieldLeftOutOfTheMergePatchIsKept() {
        patch("{\"statusLabel\":\"Nearly there\"}", "\"1\"").statusCode(200)
                .body("rag", equalTo("AMBER")).body("percentComplete", equalTo(40));
    }

    @Test
    void nullForAFieldThatMustHaveAValueIsRefusedNamingEveryOneAndChangesNothing() {
        assertProblem(patch("{\"description\":null,\"status\":null,\"rag\":null}", "\"1\""), 400, "description")
                .body("errors.field", hasItems("description", "status"));
        Api.admin().get("/api/v1/actions/{id}", action).then().statusCode(200).header("ETag", "\"1\"")
                .body("rag", equalTo("AMBER"));
    }

    @Test
    void aNullRemovesASourcesPublisherButNotItsTitle() {
        UUID source = Api.createSource();
        String etag = Api.admin().get("/api/v1/sources/{id}", source).then().statusCode(200)
                .extract().header("ETag");
        Api.admin().header("If-Match", etag).contentType(MERGE_PATCH).body("{\"publisher\":null}")
                .patch("/api/v1/sources/{id}", source).then().statusCode(200).body("publisher", nullValue());
        assertProblem(Api.admin().header("If-Match", "*").contentType(MERGE_PATCH).body("{\"title\":null}")
                .patch("/api/v1/sources/{id}", source).then(), 400, "title");
    }

    private ValidatableResponse patch(String body, String ifMatch) {
        return editor(organisation).header("If-Match", ifMatch).contentType(MERGE_PATCH).body(body)
                .patch("/api/v1/actions/{id}", action).then();
    }
}
