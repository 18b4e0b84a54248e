package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.admin;
import static org.actiontracker.plan.Api.anonymous;
import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

/** Organisations, sources and recommendations: the reference data admins manage. */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void organisationsAreCreatedReplacedPatchedAndDeleted() {
        String code = Api.unique("ORG");
        String location = admin().body(Map.of("code", code, "name", code + " Constabulary", "kind", "POLICE_FORCE"))
                .post("/api/v1/organisations").then().statusCode(201).header("ETag", "\"0\"")
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        admin().header("If-Match", "\"0\"").body(Map.of("code", code, "name", code + " Police", "kind",
                "PCC_OFFICE")).put("/api/v1/organisations/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("kind", equalTo("PCC_OFFICE"));
        admin().header("If-Match", "\"1\"").body(Map.of("name", code + " Office"))
                .patch("/api/v1/organisations/{id}", id)
                .then().statusCode(200).body("name", equalTo(code + " Office")).body("code", equalTo(code));
        anonymous().get("/api/v1/organisations?kind=PCC_OFFICE&size=500")
                .then().statusCode(200).body("items.code", hasItem(code));
        admin().header("If-Match", "\"2\"").delete("/api/v1/organisations/{id}", id).then().statusCode(204);
        assertProblem(anonymous().get("/api/v1/organisations/{id}", id).then(), 404, null);
    }

    @Test
    void duplicateOrganisationCodeIsAConflict() {
        String code = Api.unique("DUP");
        admin().body(Map.of("code", code, "name", code + " A", "kind", "POLICE_FORCE"))
                .post("/api/v1/organisations").then().statusCode(201);
        assertProblem(admin().body(Map.of("code", code.toLowerCase(), "name", code + " B", "kind", "POLICE_FORCE"))
                .post("/api/v1/organisations").then(), 409, null);
    }

    @Test
    void organisationWithPlansCannotBeDeleted() {
        UUID organisation = Api.createOrganisation();
        Api.createPlan(organisation, Api.createSource(), "DRAFT");
        assertProblem(admin().header("If-Match", "*").delete("/api/v1/organisations/{id}", organisation).then(),
                409, null);
    }

    @Test
    void sourcesAndRecommendationsAreManagedByAdminsOnly() {
        UUID source = Api.createSource();
        UUID organisation = Api.createOrganisation();
        assertProblem(editor(organisation).body(Map.of("title", "Mine")).post("/api/v1/sources").then(), 403, null);
        assertProblem(anonymous().body(Map.of("title", "Mine")).post("/api/v1/sources").then(), 401,
                "Authorization");

        admin().header("If-Match", "\"0\"").body(Map.of("url", "https://example.org/report"))
                .patch("/api/v1/sources/{id}", source)
                .then().statusCode(200).body("url", equalTo("https://example.org/report"));
        assertProblem(admin().header("If-Match", "\"1\"").body(Map.of("url", "ftp://nope"))
                .patch("/api/v1/sources/{id}", source).then(), 400, "url");

        anonymous().get("/api/v1/sources/{id}/recommendations", source)
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items[0].number", equalTo("7"))
                .body("items[0].subPoints[1].ref", equalTo("7.2"))
                .body("items[1].addressees", hasItem("PCCs"));
        anonymous().get("/api/v1/sources/{id}/recommendations?addressee=pccs", source)
                .then().body("totalItems", equalTo(1)).body("items[0].number", equalTo("14"));

        assertProblem(admin().body(Map.of("number", "7", "text", "Again"))
                .post("/api/v1/sources/{id}/recommendations", source).then(), 409, "number");
        String recommendation = admin().body(Map.of("number", "30", "text", "A new one", "addressees",
                        List.of("Home Office")))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201)
                .body("position", equalTo(30)).extract().path("id");
        admin().header("If-Match", "\"0\"").body(Map.of("number", "30", "text", "Reworded"))
                .put("/api/v1/recommendations/{id}", recommendation).then().statusCode(200)
                .body("text", equalTo("Reworded")).body("addressees.size()", equalTo(0));
        admin().header("If-Match", "\"1\"").delete("/api/v1/recommendations/{id}", recommendation)
                .then().statusCode(204);
        assertProblem(admin().header("If-Match", "*").delete("/api/v1/sources/{id}", source).then(), 409, null);
    }

    @Test
    void theStalkingReportCatalogueIsSeeded() {
        anonymous().get("/api/v1/sources/5a1c0000-0000-4000-8000-000000000001/recommendations?size=100")
                .then().statusCode(200)
                .body("totalItems", equalTo(29))
                .body("items.number", hasItem("28"))
                .body("items.find { it.number == '14' }.deadline", equalTo("2025-03-27"));
        anonymous().get("/api/v1/sources?size=100").then().body("totalItems", greaterThanOrEqualTo(1));
    }
}
