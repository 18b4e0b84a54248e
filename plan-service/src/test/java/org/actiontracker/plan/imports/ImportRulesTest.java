package org.actiontracker.plan.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.imports.Imports.admin;
import static org.actiontracker.plan.imports.Imports.anonymous;
import static org.actiontracker.plan.imports.Imports.post;
import static org.actiontracker.plan.imports.TestDocuments.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Who may import what, where it goes, and what is refused. */
@QuarkusTest
class ImportRulesTest {

    private static final String NEWS_PAGE = "<html><body><h1>Police open new station</h1><p>Recommendation 7 of"
            + " last year's report was welcome.</p><table><tr><th>Day</th><th>Opening hours</th></tr>"
            + "<tr><td>Monday</td><td>9-5</td></tr></table></body></html>";

    @Test
    void documentThatIsNotAnActionPlanIsRefusedWith422NamingTheBody() {
        assertProblem(post(admin(), "Just some notes about stalking.", Api.createOrganisation(), false).then(), 422,
                "body").body("detail", containsString("not an action plan"));
        assertProblem(admin().contentType("application/json").body(Map.of("content", NEWS_PAGE))
                .post("/api/v1/imports").then(), 422, "content");
        assertProblem(admin().contentType("text/plain").body(" ").post("/api/v1/imports").then(), 422, "body");
    }

    @Test
    void onlyAnEditorOfTheOrganisationOrAnAdminMayImport() {
        UUID organisation = Api.createOrganisation();
        String document = TestDocuments.csv("Elsewhere Police", List.of(action("7", "7.1", "Flag crimes", null,
                null, null, null)));

        assertProblem(post(anonymous(), document, organisation, true).then(), 401, "Authorization");
        assertProblem(post(Imports.as("viewer", organisation), document, organisation, true).then(), 403, null);
        assertProblem(post(Imports.as("national", null), document, organisation, true).then(), 403, null);
        assertProblem(post(Imports.as("editor", Api.createOrganisation()), document, organisation, true).then(),
                403, null);
        assertProblem(post(Imports.as("editor", null), document, null, true).then(), 403, null);
        post(Imports.as("editor", organisation), document, organisation, true).then().statusCode(200);
    }

    @Test
    void editorImportsIntoTheirOwnOrganisationWhateverTheDocumentNames() {
        UUID organisation = Api.createOrganisation();
        String document = TestDocuments.csv("Elsewhere Police", List.of(action("14", null, "Tell victims", null,
                null, null, null)));

        JsonPath result = post(Imports.as("editor", organisation), document, null, false).then().statusCode(201)
                .body("organisation.id", equalTo(organisation.toString()))
                .body("organisation.outcome", equalTo("UNCHANGED"))
                .extract().jsonPath();

        assertThat(result.getList("warnings.message", String.class))
                .anySatisfy(message -> assertThat(message).contains("'Elsewhere Police'"));
        assertThat(PlanRows.plansOf(organisation)).hasSize(1);
    }

    @Test
    void adminImportsIntoTheOrganisationTheDocumentNamesCreatingItOnlyOnce() {
        String force = Api.unique("Westshire");
        String document = TestDocuments.csv(force + " Police", List.of(action("7", "7.2", "Search for stalking",
                "On track", ActionStatus.ON_TRACK, Rag.GREEN, LocalDate.of(2030, 1, 1))));

        post(admin(), document, null, true).then().statusCode(200)
                .body("organisation.id", nullValue())
                .body("organisation.outcome", equalTo("NEW"))
                .body("organisation.name", equalTo(force + " Police"));
        JsonPath created = post(admin(), document, null, false).then().statusCode(201)
                .body("organisation.outcome", equalTo("NEW")).extract().jsonPath();
        UUID organisation = UUID.fromString(created.getString("organisation.id"));
        Api.admin().get("/api/v1/organisations/{id}", organisation).then().statusCode(200)
                .body("name", equalTo(force + " Police"))
                .body("code", equalTo(force.toUpperCase()))
                .body("kind", equalTo("POLICE_FORCE"));

        // the same force, named without "Police", in a later version of its plan
        post(admin(), document.replace(force + " Police", force), null, false).then().statusCode(200)
                .body("organisation.id", equalTo(organisation.toString()))
                .body("organisation.outcome", equalTo("UNCHANGED"))
                .body("planId", equalTo(created.getString("planId")))
                .body("counts.newActions", equalTo(0));
        assertProblem(post(Imports.as("editor", null), document.replace(force, Api.unique("Eastshire")), null, true)
                .then(), 403, null);
    }

    @Test
    void rowsTheSourceCannotPlaceAreReportedAndUnknownStatusWordsKeptAsTheLabel() {
        UUID source = Api.createSource();
        String document = TestDocuments.csv("Northshire Police", List.of(
                action("7", "7.1", "Flag secondary crimes", "Parked", null, Rag.RED, null),
                action("7", "7.9", "Something the report does not ask", null, null, null, null),
                action("9", null, "Answer a recommendation the report does not make", null, null, null, null),
                action("14", null, "Tell victims their rights", "Complete", ActionStatus.COMPLETE, null, null)));

        JsonPath result = admin().contentType("text/csv").body(document).queryParam("sourceId", source)
                .queryParam("organisationId", Api.createOrganisation()).queryParam("dryRun", "true")
                .post("/api/v1/imports").then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("actions.recommendationNumber")).containsExactly("7", "7", "14");
        assertThat(result.getList("actions.subPointRef")).containsExactly("7.1", null, null);
        assertThat(result.getMap("actions[0]")).containsEntry("statusLabel", "Parked")
                .containsEntry("status", "NOT_STARTED").containsEntry("targetDate", "2025-03-27");
        assertThat(result.getList("unmappedStatusLabels")).containsExactly("Parked");
        assertThat(result.getList("unplacedRows")).hasSize(1);
        assertThat(result.getMap("unplacedRows[0]")).containsEntry("recommendationNumber", "9")
                .containsEntry("reason", "the source has no recommendation 9");
        assertThat(result.getList("warnings.code")).contains("UNMAPPED_STATUS", "SUB_POINT_UNKNOWN");
        assertThat(result.getInt("counts.unplacedRows")).isEqualTo(1);
    }

    @Test
    void badParametersAndOversizedBodiesAreRefusedWithAProblem() {
        String document = TestDocuments.csv("Southshire Police", List.of(action("7", "7.1", "Flag", null, null,
                null, null)));

        assertProblem(admin().contentType("text/plain").body(document).queryParam("format", "rtf")
                .post("/api/v1/imports").then(), 400, "format");
        assertProblem(admin().contentType("text/plain").body(document).queryParam("dryRun", "perhaps")
                .post("/api/v1/imports").then(), 400, "dryRun");
        assertProblem(admin().contentType("text/plain").body(document).queryParam("organisationId", "nope")
                .post("/api/v1/imports").then(), 400, "organisationId");
        assertProblem(admin().contentType("text/plain").body(document).queryParam("sourceId", UUID.randomUUID())
                .post("/api/v1/imports").then(), 422, "sourceId");
        assertProblem(admin().contentType("text/plain").body(document)
                .queryParam("organisationId", UUID.randomUUID()).post("/api/v1/imports").then(), 422,
                "organisationId");
        // documents have a limit of their own, imports.max-document-bytes (10 MB), above the API's 2 MB
        assertProblem(admin().contentType("text/plain").body("x".repeat(10 * 1024 * 1024 + 1))
                .post("/api/v1/imports").then(), 413, "body");
    }
}
