package org.actiontracker.plan.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.events.PlanDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The server-rendered pages without an identity provider (sign-in is covered by system-tests against Keycloak):
 * what anonymous readers get, the CSV download, and CSRF protection of forms. Viewers and editors are played by
 * bearer tokens, which the pages take for the same actor as the API does.
 */
@QuarkusTest
class PagesTest {

    private static final UUID STALKING_REPORT = UUID.fromString("5a1c0000-0000-4000-8000-000000000001");

    private static UUID organisation;
    private static UUID publishedPlan;
    private static UUID draftPlan;
    private static UUID action;
    private static String draftTitle;

    /** Once per class; in @BeforeEach because REST Assured points at the test instance only from then on. */
    @BeforeEach
    void createPlans() {
        if (organisation != null) {
            return;
        }
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        organisation = Api.createOrganisation();
        publishedPlan = Api.createPlan(organisation, STALKING_REPORT, "PUBLISHED");
        action = Api.createAction(organisation, publishedPlan, "7", null);
        // One plan per organisation and source: the draft belongs to another force.
        draftPlan = Api.createPlan(Api.createOrganisation(), STALKING_REPORT, "DRAFT");
        draftTitle = Api.admin().get("/api/v1/plans/{id}", draftPlan).then().statusCode(200).extract().path("title");
    }

    @Test
    void thePublicPlanPageShowsTheForcesOwnStatusWordsButNoEmailAddress() {
        RestAssured.given().accept(ContentType.HTML).get("/plans/{id}", publishedPlan)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(allOf(containsString("Do the work for 7"), containsString("Ongoing"),
                        not(containsString("owner@force.example")), not(containsString("dcc@force.example"))));
    }

    @Test
    void aDraftIsRefusedToTheAnonymousAndMissingFromTheListOfPlans() {
        RestAssured.given().accept(ContentType.HTML).get("/plans/{id}", draftPlan).then().statusCode(401)
                .body(not(containsString(draftTitle)));
        RestAssured.given().accept(ContentType.HTML).get("/").then().statusCode(200)
                .body(allOf(containsString(publishedPlan.toString()), not(containsString(draftTitle))));
    }

    @Test
    void theMatrixCsvHasALineForEachActionTheFilterKeeps() {
        String csv = RestAssured.given().get("/matrix.csv?status=IN_PROGRESS").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();

        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("recommendation,organisation,actionId,status,rag,targetDate,latestUpdateOn,overdue,stale")
                .contains("7," + organisationName() + "," + action + ",IN_PROGRESS");
        String none = RestAssured.given().get("/matrix.csv?status=CLOSED").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(none).doesNotContain(action.toString());
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        RestAssured.given().contentType(ContentType.URLENC).formParams(Map.of("text", "Forged"))
                .post("/actions/{id}/updates", action).then().statusCode(400);
        Api.admin().get("/api/v1/actions/{id}/updates", action).then().statusCode(200)
                .body(not(containsString("Forged")));
    }

    @Test
    void aFormPostWhoseTokenDoesNotMatchItsCookieIsRefused() {
        RestAssured.given().contentType(ContentType.URLENC).cookie("csrf-token", "cookie-value")
                .formParams(Map.of("text", "Forged", "csrf-token", "another-value"))
                .post("/actions/{id}/updates", action).then().statusCode(400);
        Api.admin().get("/api/v1/actions/{id}/updates", action).then().statusCode(200)
                .body(not(containsString("Forged")));
    }

    @Test
    void theApiStillTakesJsonPostsWithoutACsrfToken() {
        Api.editor(organisation).body(Map.of("text", "Posted by a system"))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201);
    }

    @Test
    void theForcesSummaryCountsEachPublishedForcesActionsAndLinksItsPlan() {
        UUID force = Api.createOrganisation();
        UUID plan = Api.createPlan(force, STALKING_REPORT, "PUBLISHED");
        UUID overdueRed = createAction(force, plan, Map.of("rag", "RED", "targetDate", "2021-01-31"));
        createAction(force, plan, Map.of("status", "COMPLETE", "rag", "GREEN"));
        // Without one, the target date is the recommendation's deadline, which has passed.
        createAction(force, plan, Map.of("targetDate", "2099-12-31"));
        Api.editor(force).body(Map.of("text", "Recruitment under way"))
                .post("/api/v1/actions/{id}/updates", overdueRed).then().statusCode(201);

        String html = RestAssured.given().accept(ContentType.HTML).get("/forces").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();

        Document page = Jsoup.parse(html);
        Element row = page.getElementById("force-" + force);
        assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/plans/" + plan);
        Map<String, String> counts = new java.util.HashMap<>();
        row.select("td[data-count]").forEach(cell -> counts.put(cell.attr("data-count"), cell.text()));
        assertThat(counts).containsEntry("actions", "3").containsEntry("complete", "1")
                .containsEntry("overdue", "1").containsEntry("red", "1").containsEntry("amber", "0")
                .containsEntry("green", "1").containsEntry("none", "1")
                .containsEntry("latest-update", LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(page.getElementById("force-" + organisation)).isNotNull();
        assertThat(html).doesNotContain(draftTitle).doesNotContain("@force.example");
        assertThat(page.select("table th[scope=col]")).hasSize(10);
        String matrix = RestAssured.given().accept(ContentType.HTML).get("/matrix").then().statusCode(200)
                .extract().asString();
        assertThat(Jsoup.parse(matrix).select("main a[href=/forces]")).isNotEmpty();
        assertThat(Jsoup.parse(matrix).select("header a[href=/forces], .govuk-service-navigation a[href=/forces]"))
                .isNotEmpty();
    }

    @Test
    void aViewerSeesNoPublishButtonAndTheirPostIsRefused() {
        UUID force = Api.createOrganisation();
        UUID draft = Api.createPlan(force, STALKING_REPORT, "DRAFT");
        PublishForm editorsForm = publishForm(Api.editor(force), draft);

        Document viewersPage = Jsoup.parse(Api.as("viewer", force).accept(ContentType.HTML)
                .get("/plans/{id}", draft).then().statusCode(200).extract().asString());
        assertThat(viewersPage.getElementById("publish-form")).isNull();
        assertThat(viewersPage.getElementById("since")).isNull();

        // With a valid CSRF pair (taken from the editor's page), the refusal is the access rule's.
        editorsForm.post(Api.as("viewer", force)).statusCode(403);
        Api.admin().get("/api/v1/plans/{id}", draft).then().statusCode(200).body("state", equalTo("DRAFT"));
    }

    @Test
    void anEditorPublishesTheirDraftFromThePlanPage() {
        UUID force = Api.createOrganisation();
        UUID draft = Api.createPlan(force, STALKING_REPORT, "DRAFT");

        publishForm(Api.editor(force), draft).post(Api.editor(force))
                .statusCode(303).header("Location", endsWith("/plans/" + draft + "?notice=published"));

        Api.admin().get("/api/v1/plans/{id}", draft).then().statusCode(200).body("state", equalTo("PUBLISHED"));
        RestAssured.given().accept(ContentType.HTML).get("/plans/{id}", draft).then().statusCode(200);
        Document published = Jsoup.parse(Api.editor(force).accept(ContentType.HTML)
                .get("/plans/{id}?notice=published", draft).then().statusCode(200).extract().asString());
        assertThat(published.selectFirst(".govuk-notification-banner").text()).contains("The plan is published");
        assertThat(published.getElementById("publish-form")).isNull();
    }

    @Test
    void whatChangedSinceListsTheUpdatesRecordedFromThatDayOnAndNotThoseBefore() {
        UUID force = Api.createOrganisation();
        UUID plan = Api.createPlan(force, STALKING_REPORT, "PUBLISHED");
        UUID changed = Api.createAction(force, plan, "7", null);
        UUID before = UUID.fromString(Api.editor(force).body(Map.of("text", "Early progress", "period", "Before"))
                .post("/api/v1/actions/{id}/updates", changed).then().statusCode(201).extract().path("id"));
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(5);
        PlanDatabase.execute("update action_update set recorded_at = '" + since.minusDays(10)
                + "T09:00:00Z' where id = '" + before + "'");
        Api.editor(force).body(Map.of("text", "Board approved", "period", "After", "newStatus", "COMPLETE",
                "newRag", "GREEN")).post("/api/v1/actions/{id}/updates", changed).then().statusCode(201);

        Document page = Jsoup.parse(Api.editor(force).accept(ContentType.HTML)
                .get("/plans/{id}?since={since}", plan, since.toString()).then().statusCode(200).extract().asString());

        assertThat(page.select("#changes-list li").eachText()).singleElement().asString()
                .contains("New update (After)", "Status: In progress to Complete", "RAG: none to Green")
                .doesNotContain("Before");
        assertThat(page.getElementById("since").val()).isEqualTo(since.toString());
        Document unreadable = Jsoup.parse(Api.editor(force).accept(ContentType.HTML)
                .get("/plans/{id}?since=last week", plan).then().statusCode(200).extract().asString());
        assertThat(unreadable.getElementById("since-error").text()).isEqualTo("Error: Enter a date such as 2026-03-27");
        Document anonymous = Jsoup.parse(RestAssured.given().accept(ContentType.HTML)
                .get("/plans/{id}?since={since}", plan, since.toString()).then().statusCode(200).extract().asString());
        assertThat(anonymous.getElementById("changes-list")).isNull();
    }

    @Test
    void anUpdatePostedWithASupportingDocumentShowsItsLinkInTheHistory() {
        Response page = Api.editor(organisation).accept(ContentType.HTML).get("/actions/{id}", action);
        page.then().statusCode(200);
        String token = Jsoup.parse(page.asString()).selectFirst("input[name=csrf-token]").val();

        Api.editor(organisation).contentType(ContentType.URLENC).accept(ContentType.HTML).cookies(page.getCookies())
                .formParams(Map.of("csrf-token", token, "text", "Audit report published",
                        "documents[1].title", "Audit report", "documents[1].url", "https://force.example/audit.pdf"))
                .redirects().follow(false)
                .post("/actions/{id}/updates", action).then().statusCode(303);

        Element link = Jsoup.parse(Api.editor(organisation).accept(ContentType.HTML).get("/actions/{id}", action)
                .then().statusCode(200).extract().asString()).selectFirst(".update-documents a");
        assertThat(link.text()).isEqualTo("Audit report");
        assertThat(link.attr("href")).isEqualTo("https://force.example/audit.pdf");
    }

    @Test
    void aDocumentLinkTheServerRefusesShowsItsMessageNextToThatSlot() {
        Response page = Api.editor(organisation).accept(ContentType.HTML).get("/actions/{id}", action);
        String token = Jsoup.parse(page.asString()).selectFirst("input[name=csrf-token]").val();

        Document refused = Jsoup.parse(Api.editor(organisation).contentType(ContentType.URLENC)
                .accept(ContentType.HTML).cookies(page.getCookies())
                .formParams(Map.of("csrf-token", token, "text", "See the report",
                        "documents[2].title", "Report", "documents[2].url", "ftp://force.example/report"))
                .post("/actions/{id}/updates", action).then().statusCode(400).extract().asString());

        assertThat(refused.getElementById("documents[2].url-error").text())
                .isEqualTo("Error: must be an http(s) URL");
        assertThat(refused.getElementById("documents[2].title").val()).isEqualTo("Report");
    }

    /** The publish form as the plan page shows it to the caller, with the CSRF cookie that goes with its token. */
    private static PublishForm publishForm(RequestSpecification caller, UUID plan) {
        Response response = caller.accept(ContentType.HTML).get("/plans/{id}", plan);
        response.then().statusCode(200);
        Element form = Jsoup.parse(response.asString()).getElementById("publish-form");
        Map<String, String> fields = new java.util.HashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
        return new PublishForm(plan, fields, response.getCookies());
    }

    private record PublishForm(UUID plan, Map<String, String> fields, Map<String, String> cookies) {
        ValidatableResponse post(RequestSpecification caller) {
            return caller.contentType(ContentType.URLENC).accept(ContentType.HTML).cookies(cookies).formParams(fields)
                    .redirects().follow(false)
                    .post("/plans/{id}/publish", plan).then();
        }
    }

    private static UUID createAction(UUID force, UUID plan, Map<String, String> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("recommendationNumber", "7",
                "description", Api.unique("Action"), "status", "IN_PROGRESS"));
        body.putAll(fields);
        return UUID.fromString(Api.editor(force).body(body).post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(201).extract().path("id"));
    }

    private static String organisationName() {
        return Api.admin().get("/api/v1/organisations/{id}", organisation).then().statusCode(200).extract()
                .path("name");
    }
}
