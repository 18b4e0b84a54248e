package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.imports.Imports;
import org.actiontracker.plan.imports.PlanRows;
import org.actiontracker.plan.imports.SeedPlan;
import org.actiontracker.plan.imports.TestDocuments;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.imports.Imports.admin;
import static org.actiontracker.plan.imports.Imports.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** GET /plans/{id}/export: the plan as a document, to the callers who may read it. */
@QuarkusTest
class ExportTest {

    @Test
    void exportIsADocumentOfTheRequestedFormatWithAFileName() {
        UUID plan = Imports.seed(SeedPlan.NORTHUMBRIA).plan();

        String html = admin().get("/api/v1/plans/{id}/export", plan).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .header("Content-Disposition", containsString("-action-plan-march-2026-update.html\""))
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asString();
        assertThat(Jsoup.parse(html).select("tbody tr")).hasSize(SeedPlan.NORTHUMBRIA.actions);
        admin().queryParam("format", "csv").get("/api/v1/plans/{id}/export", plan).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".csv\""));
        admin().queryParam("format", "markdown").get("/api/v1/plans/{id}/export", plan).then().statusCode(200)
                .contentType(startsWith("text/markdown")).header("Content-Disposition", containsString(".md\""));
    }

    @Test
    void anonymousMayExportPublishedPlansWithoutEmailAddressesButNoDrafts() {
        UUID organisation = Api.createOrganisation();
        UUID source = Api.createSource();
        UUID published = Api.createPlan(organisation, source, "PUBLISHED");
        Api.createAction(organisation, published, "7", "7.1");
        UUID draft = Api.createPlan(Api.createOrganisation(), source, "DRAFT");

        String forAnyone = anonymous().get("/api/v1/plans/{id}/export", published).then().statusCode(200)
                .extract().asString();
        String forItsEditor = Imports.as("editor", organisation).get("/api/v1/plans/{id}/export", published)
                .then().statusCode(200).extract().asString();

        assertThat(forAnyone).contains("Owner One (DCI)", "Chief Exec (DCC)")
                .doesNotContain("owner@force.example", "dcc@force.example");
        assertThat(forItsEditor).contains("owner@force.example", "dcc@force.example");
        assertProblem(anonymous().get("/api/v1/plans/{id}/export", draft).then(), 401, "Authorization");
        assertProblem(Imports.as("viewer", organisation).get("/api/v1/plans/{id}/export", draft).then(), 403, null);
        admin().get("/api/v1/plans/{id}/export", draft).then().statusCode(200);
    }

    @Test
    void scriptsAndEventHandlersInADocumentOrInStoredTextNeverReachTheHtmlExportAsMarkup() {
        UUID organisation = Api.createOrganisation();
        UUID source = Api.createSource();
        // a CSV cell is plain text: markup in it is kept as text, and stays text
        String document = TestDocuments.csv("Hostileshire Police", List.of(TestDocuments.action("7", "7.1",
                "<script>alert(1)</script> <b onclick=\"steal()\">bold</b>", "In progress", ActionStatus.IN_PROGRESS,
                null, LocalDate.of(2030, 1, 1), TestDocuments.update(LocalDate.of(2025, 1, 10), "UPDATE-TEXT"))))
                .replace("UPDATE-TEXT", "<p onclick=steal()>Checked</p><script>alert(2)</script>");
        assertThat(document).contains("<script>alert(1)</script>", "<script>alert(2)</script>");
        UUID plan = UUID.fromString(admin().contentType("text/csv").body(document)
                .queryParam("organisationId", organisation).queryParam("sourceId", source)
                .post("/api/v1/imports").then().statusCode(201).extract().path("planId"));
        UUID action = UUID.fromString((String) PlanRows.actionsOf(plan).get(0).get("id"));
        Api.editor(organisation).body(Map.of("text", "<img src=x onerror=alert(3)> <a href=\"javascript:x()\">x</a>"))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201);

        String html = admin().get("/api/v1/plans/{id}/export", plan).then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, a, [onclick], [onerror]")).isEmpty();
        assertThat(html).doesNotContain("<script", "<b onclick", "<img", "<p onclick", "href=\"javascript");
        assertThat(page.select("tbody td").eachText()).anySatisfy(cell -> assertThat(cell)
                .contains("<script>alert(1)</script> <b onclick=\"steal()\">bold</b>"));
        assertThat(page.text()).contains("<img src=x onerror=alert(3)>", "<p onclick=steal()>Checked</p><script>alert(2)</script>");
    }

    @Test
    void unknownFormatOrPlanIsRefusedWithAProblem() {
        UUID plan = Imports.seed(SeedPlan.CLEVELAND).plan();

        ExtractableResponse<Response> refused = assertProblem(admin().queryParam("format", "pdf")
                .get("/api/v1/plans/{id}/export", plan).then(), 400, "format").extract();
        assertThat(refused.jsonPath().getString("detail")).contains("html, csv, markdown");
        assertProblem(admin().get("/api/v1/plans/{id}/export", UUID.randomUUID()).then(), 404, null)
                .body("detail", containsString("does not exist"));
    }
}
