package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.actiontracker.infra.DevTokens;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.actiontracker.plan.Api.admin;
import static org.actiontracker.plan.Api.anonymous;
import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Calendar feeds as a calendar client reads them, parsed with ical4j: the dated facts of published plans as all-day
 * events with stable UIDs, a SEQUENCE that rises when a date moves, and tokens that stop working when revoked.
 */
@QuarkusTest
class CalendarFeedTest {

    private static final String PUBLIC_URL = "https://tracker.test.example";

    private static UUID organisation;
    private static String organisationName;
    private static UUID plan;
    private static UUID recommendation;
    private static UUID action;
    private static UUID colleaguesAction;
    private static UUID draftAction;
    private static UUID draftRecommendation;
    private static String ownerEmail;

    @BeforeEach
    void createPublishedAndDraftPlans() {
        if (organisation != null) {
            return;
        }
        UUID source = source("SUPER_COMPLAINT");
        recommendation = UUID.fromString(admin().body(Map.of("number", "1", "text", "Respond to victims",
                        "deadlineRule", "within 56 days")).post("/api/v1/sources/{id}/recommendations", source)
                .then().statusCode(201).extract().path("id"));
        admin().body(Map.of("number", "2", "text", "Legislate", "deadlineRule",
                "in the 2024-2025 parliamentary session")).post("/api/v1/sources/{id}/recommendations", source)
                .then().statusCode(201);
        organisation = Api.createOrganisation();
        organisationName = admin().get("/api/v1/organisations/{id}", organisation).then().extract().path("name");
        plan = Api.createPlan(organisation, source, "PUBLISHED");
        ownerEmail = Api.unique("owner") + "@force.example";
        action = action(plan, "1", "Train every call handler", ownerEmail, "2025-06-30");
        colleaguesAction = action(plan, "1", "Audit the crime records", "colleague@force.example", "2025-08-31");
        UUID draftSource = source("INSPECTION");
        draftRecommendation = UUID.fromString(admin().body(Map.of("number", "1", "text", "Inspect",
                        "deadline", "2025-04-30")).post("/api/v1/sources/{id}/recommendations", draftSource)
                .then().statusCode(201).extract().path("id"));
        UUID draft = Api.createPlan(organisation, draftSource, "DRAFT");
        draftAction = action(draft, "1", "Not yet published", ownerEmail, "2025-05-01");
    }

    @Test
    void organisationFeedHasOneStableAllDayEventForEveryDatedFactOfItsPublishedPlans() throws Exception {
        Response created = editor(organisation).body(Map.of("scope", "ORGANISATION", "organisationId", organisation))
                .post("/api/v1/calendar-feeds").then().statusCode(201)
                .body("scope", equalTo("ORGANISATION"))
                .body("organisationId", equalTo(organisation.toString()))
                .extract().response();
        String url = created.path("url");
        assertThat(url).startsWith(PUBLIC_URL + "/calendar/").endsWith(".ics");
        assertThat(created.header("Location")).endsWith("/api/v1/calendar-feeds/" + created.path("id"));

        Response feed = RestAssured.given().get(pathOf(url)).then().statusCode(200)
                .contentType("text/calendar; charset=utf-8").extract().response();
        Map<String, VEvent> events = eventsByUid(feed.asString());

        assertThat(events.keySet()).contains("action-" + action + "@actiontracker.org",
                        "action-" + colleaguesAction + "@actiontracker.org",
                        "plan-response-" + plan + "@actiontracker.org",
                        "recommendation-" + recommendation + "-" + organisation + "@actiontracker.org")
                .doesNotContain("action-" + draftAction + "@actiontracker.org",
                        "recommendation-" + draftRecommendation + "-" + organisation + "@actiontracker.org")
                .allMatch(uid -> uid.startsWith("action-") || uid.startsWith("plan-response-" + plan)
                        || uid.startsWith("recommendation-" + recommendation));
        VEvent target = events.get("action-" + action + "@actiontracker.org");
        assertThat(value(target, Property.DTSTART)).isEqualTo("20250630");
        assertThat(target.getRequiredProperty(Property.DTSTART).getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(value(target, Property.DTEND)).isEqualTo("20250701");
        assertThat(value(target, Property.SUMMARY)).contains(organisationName).contains("recommendation 1")
                .contains("Train every call handler");
        assertThat(value(target, Property.URL)).isEqualTo(PUBLIC_URL + "/actions/" + action);
        assertThat(events.values()).allSatisfy(event -> assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1));
        assertThat(RestAssured.get(pathOf(url)).then().extract().asString()).as("unchanged feed read again")
                .isEqualTo(feed.asString());
        assertThat(value(events.get("plan-response-" + plan + "@actiontracker.org"), Property.DTSTART))
                .isEqualTo("20241122");
        assertThat(value(events.get("recommendation-" + recommendation + "-" + organisation + "@actiontracker.org"),
                Property.SUMMARY)).contains(organisationName).contains("recommendation 1 deadline");
    }

    @Test
    void movingATargetDateKeepsTheEventsUidAndRaisesItsSequence() throws Exception {
        String path = pathOf(createFeed(editor(organisation), Map.of("scope", "ORGANISATION", "organisationId",
                organisation)));
        UUID moved = action(plan, "1", "Publish the new policy", "policy@force.example", "2025-09-30");
        String uid = "action-" + moved + "@actiontracker.org";
        VEvent before = eventsByUid(RestAssured.get(path).then().statusCode(200).extract().asString()).get(uid);

        editor(organisation).header("If-Match", "*").body(Map.of("targetDate", "2025-12-31"))
                .patch("/api/v1/actions/{id}", moved).then().statusCode(200);

        VEvent after = eventsByUid(RestAssured.get(path).then().statusCode(200).extract().asString()).get(uid);
        assertThat(value(before, Property.DTSTART)).isEqualTo("20250930");
        assertThat(value(after, Property.DTSTART)).isEqualTo("20251231");
        assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
    }

    @Test
    void ownerFeedListsTheActionsTheAddressOwnsInPublishedPlansWithTheirDeadlines() throws Exception {
        String url = createFeed(Api.anonymous().auth().oauth2(DevTokens.mint(Api.unique("owner"), "Owner",
                ownerEmail.toUpperCase(), organisation, "viewer")), Map.of("scope", "OWNER", "ownerEmail", ownerEmail));

        Map<String, VEvent> events = eventsByUid(RestAssured.get(pathOf(url)).then().statusCode(200).extract()
                .asString());

        assertThat(events.keySet()).containsExactlyInAnyOrder("action-" + action + "@actiontracker.org",
                "plan-response-" + plan + "@actiontracker.org",
                "recommendation-" + recommendation + "-" + organisation + "@actiontracker.org")
                .doesNotContain("action-" + draftAction + "@actiontracker.org");
    }

    @Test
    void revokedFeedAnswers404AndLeavesTheCreatorsList() {
        var creator = Api.as("viewer", organisation);
        Response created = creator.body(Map.of("scope", "ORGANISATION", "organisationId", organisation))
                .post("/api/v1/calendar-feeds").then().statusCode(201).extract().response();
        String id = created.path("id");
        String path = pathOf(created.path("url"));
        Api.as("viewer", organisation).get("/api/v1/calendar-feeds").then().statusCode(200)
                .body("id", hasItem(id)).body("find { it.id == '" + id + "' }.url", nullValue());

        Api.as("viewer", organisation).header("If-Match", "\"" + created.path("version") + "\"")
                .delete("/api/v1/calendar-feeds/{id}", id).then().statusCode(204);

        assertProblem(RestAssured.given().get(path).then(), 404, null);
        Api.as("viewer", organisation).get("/api/v1/calendar-feeds").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void unknownAndMalformedTokensAre404Problems() {
        String unknown = "A".repeat(43);
        for (String token : List.of(unknown, "not-a-token", "%00", "x".repeat(2000), "..%2F..%2Fetc")) {
            assertProblem(RestAssured.given().get("/calendar/" + token + ".ics").then(), 404, null);
        }
        // As calendar clients ask: the refusal is still a problem, not a 406 or an empty body.
        assertProblem(RestAssured.given().accept("text/calendar").get("/calendar/" + unknown + ".ics").then(), 404,
                null);
    }

    @Test
    void viewerOfAnotherOrganisationCannotCreateItsFeed() {
        assertProblem(Api.as("viewer", Api.createOrganisation())
                .body(Map.of("scope", "ORGANISATION", "organisationId", organisation))
                .post("/api/v1/calendar-feeds").then(), 403, "organisationId");
    }

    @Test
    void viewerCannotCreateAFeedOfSomeoneElsesAddress() {
        assertProblem(Api.as("viewer", organisation).body(Map.of("scope", "OWNER", "ownerEmail", ownerEmail))
                .post("/api/v1/calendar-feeds").then(), 403, "ownerEmail");
    }

    @Test
    void anonymousCannotCreateAFeed() {
        assertProblem(anonymous().body(Map.of("scope", "ORGANISATION", "organisationId", organisation))
                .post("/api/v1/calendar-feeds").then(), 401, "Authorization");
    }

    @Test
    void scopeAndItsTargetMustAgree() {
        var national = Api.as("national", null);
        assertProblem(national.body(Map.of("organisationId", organisation)).post("/api/v1/calendar-feeds").then(),
                400, "scope");
        assertProblem(Api.as("national", null).body(Map.of("scope", "ORGANISATION")).post("/api/v1/calendar-feeds")
                .then(), 400, "organisationId");
        assertProblem(Api.as("national", null).body(Map.of("scope", "OWNER", "organisationId", organisation))
                .post("/api/v1/calendar-feeds").then(), 400, "ownerEmail");
        assertProblem(Api.as("national", null).body(Map.of("scope", "ORGANISATION", "organisationId",
                UUID.randomUUID())).post("/api/v1/calendar-feeds").then(), 422, "organisationId");
    }

    @Test
    void onlyTheCreatorOrAnAdminSeesAndRevokesAFeed() {
        Response created = Api.as("viewer", organisation)
                .body(Map.of("scope", "ORGANISATION", "organisationId", organisation))
                .post("/api/v1/calendar-feeds").then().statusCode(201).extract().response();
        String id = created.path("id");
        var colleague = Api.anonymous().auth().oauth2(DevTokens.mint("colleague", "Colleague",
                "colleague@force.example", organisation, "editor"));

        assertProblem(colleague.header("If-Match", "*").delete("/api/v1/calendar-feeds/{id}", id).then(), 403, null);
        assertProblem(Api.as("viewer", organisation).get("/api/v1/calendar-feeds/{id}", UUID.randomUUID()).then(),
                403, null);
        admin().get("/api/v1/calendar-feeds/{id}", id).then().statusCode(200).body("url", nullValue());
        admin().header("If-Match", "*").delete("/api/v1/calendar-feeds/{id}", id).then().statusCode(204);
        assertProblem(admin().get("/api/v1/calendar-feeds/{id}", id).then(), 404, null);
    }

    private static String createFeed(io.restassured.specification.RequestSpecification caller,
                                      Map<String, Object> body) {
        return caller.body(body).post("/api/v1/calendar-feeds").then().statusCode(201).extract().path("url");
    }

    private static Map<String, VEvent> eventsByUid(String document) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(document));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(event -> value(event, Property.UID), event -> event));
    }

    private static String value(VEvent event, String property) {
        return event.getRequiredProperty(property).getValue();
    }

    private static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    private static UUID source(String kind) {
        return UUID.fromString(admin().body(Map.of("title", Api.unique("Report"), "publishedOn", "2024-09-27",
                "kind", kind)).post("/api/v1/sources").then().statusCode(201).extract().path("id"));
    }

    private static UUID action(UUID plan, String recommendation, String description, String owner,
                               String targetDate) {
        Map<String, Object> body = new HashMap<>(Map.of("recommendationNumber", recommendation,
                "description", description, "targetDate", targetDate, "status", "IN_PROGRESS",
                "owner", Map.of("name", "Owner", "role", "DCI", "email", owner)));
        return UUID.fromString(editor(organisation).body(body).post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(201).extract().path("id"));
    }
}
