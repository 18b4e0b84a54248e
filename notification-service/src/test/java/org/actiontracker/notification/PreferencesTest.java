package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.Tokens;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PreferencesTest extends NotificationTestBase {

    private static final LocalDate TARGET = LocalDate.of(2035, 9, 12);

    @Test
    void aRecipientWithoutSettingsSeesTheDefaults() {
        String email = new ActionPlanFixture().email("new");
        given().auth().oauth2(Tokens.recipient(email))
                .when().get("/api/v1/preferences/{email}", email)
                .then().statusCode(200)
                .body("leadDays", contains(30, 14, 7, 1))
                .body("defaultLeadDays", equalTo(true))
                .body("digestFrequency", equalTo("DAILY"))
                .body("muted", equalTo(false));
    }

    @Test
    void ownLeadTimesReplaceTheDefaults() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        putPreferences(action.ownerEmail, Map.of("leadDays", new int[] {3, 21}, "digestFrequency", "DAILY",
                "muted", false))
                .body("leadDays", contains(21, 3))
                .body("defaultLeadDays", equalTo(false));

        assertThat(Api.scan(TARGET.minusDays(30), plan.organisationId).getInt("deadlineApproaching")).isZero();
        assertThat(Api.scan(TARGET.minusDays(21), plan.organisationId).getInt("deadlineApproaching")).isEqualTo(1);
        assertThat(Api.scan(TARGET.minusDays(7), plan.organisationId).getInt("deadlineApproaching")).isZero();
        assertThat(Api.scan(TARGET.minusDays(3), plan.organisationId).getInt("deadlineApproaching")).isEqualTo(1);
        assertThat(Mailbox.awaitCount(action.ownerEmail, 2)).extracting(Mailbox.ReceivedMail::subject).containsExactly(
                "1 due within 21 days: action plan items for you", "1 due within 3 days: action plan items for you");
    }

    @Test
    void aMutedRecipientIsSentNothing() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        putPreferences(action.ownerEmail, Map.of("digestFrequency", "DAILY", "muted", true));

        var report = Api.scan(TARGET.plusDays(2), plan.organisationId);

        assertThat(report.getInt("overdue")).isZero();
        assertThat(report.getInt("digests")).isZero();
        assertThat(Mailbox.to(action.ownerEmail)).isEmpty();
    }

    @Test
    void aWeeklyRecipientGetsTheWeeksAlertsInOneDigestOnTheWeeklyDay() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        LocalDate monday = TARGET.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String owner = plan.email("owner");
        var dueFriday = plan.action(owner, monday.minusDays(3)).publish();
        var dueLater = plan.action(owner, monday.plusDays(10)).publish();
        putPreferences(owner, Map.of("digestFrequency", "WEEKLY", "muted", false));

        var friday = Api.scan(monday.minusDays(3), plan.organisationId);
        var sunday = Api.scan(monday.minusDays(1), plan.organisationId);

        assertThat(friday.getInt("deadlineApproaching")).isEqualTo(2);
        assertThat(sunday.getInt("overdue")).isEqualTo(1);
        assertThat(friday.getInt("digests") + sunday.getInt("digests")).isZero();
        assertThat(Api.history(Map.of("recipient", owner)).getList("items.status", String.class))
                .containsOnly("QUEUED").hasSize(3);

        var onMonday = Api.scan(monday, plan.organisationId);

        assertThat(onMonday.getInt("digests")).isEqualTo(1);
        Mailbox.ReceivedMail digest = Mailbox.awaitOne(owner);
        // "Due today" on Friday was overtaken by "overdue" on Sunday, so only the latter is told.
        assertThat(digest.subject()).isEqualTo("1 overdue, 1 due within 14 days: action plan items for you");
        assertThat(digest.text()).contains("3 days overdue").contains("due in 10 days");
        assertThat(Api.history(Map.of("actionId", dueFriday.id)).getList("items.status", String.class))
                .containsExactlyInAnyOrder("SENT", "CANCELLED");
        assertThat(Api.history(Map.of("actionId", dueLater.id)).getList("items.status", String.class))
                .containsExactly("SENT");
        assertThat(Mailbox.to(owner)).hasSize(1);
    }

    @Test
    void theUnsubscribeLinkShowsAConfirmationPageAndTheOneClickPostMutesTheRecipient() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        Api.scan(TARGET.minusDays(14), plan.organisationId);
        URI link = URI.create(Jsoup.parse(Mailbox.awaitOne(action.ownerEmail).html()).select("a").last().attr("href"));

        // The link names the configured public address; the test instance listens elsewhere.
        String page = given().accept("text/html").when().get(link.getRawPath() + "?" + link.getRawQuery())
                .then().statusCode(200).contentType("text/html").extract().asString();
        org.jsoup.nodes.Element form = Jsoup.parse(page).selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.selectFirst("button").text()).contains(action.ownerEmail);
        given().auth().oauth2(Tokens.recipient(action.ownerEmail))
                .when().get("/api/v1/preferences/{email}", action.ownerEmail)
                .then().statusCode(200).body("muted", equalTo(false));

        // RFC 8058: what a mail client sends for List-Unsubscribe-Post.
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .when().post(link.getRawPath() + "?" + link.getRawQuery())
                .then().statusCode(200)
                .body("email", equalTo(action.ownerEmail))
                .body("unsubscribedAt", notNullValue());

        given().auth().oauth2(Tokens.recipient(action.ownerEmail))
                .when().get("/api/v1/preferences/{email}", action.ownerEmail)
                .then().statusCode(200).body("muted", equalTo(true));
        assertThat(Api.scan(TARGET.minusDays(7), plan.organisationId).getInt("digests")).isZero();
        assertThat(Mailbox.to(action.ownerEmail)).hasSize(1);
    }

    @Test
    void aTamperedUnsubscribeLinkIsRefusedWithAPageOrAProblemAndMutesNobody() {
        String email = new ActionPlanFixture().email("victim");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(email.getBytes(StandardCharsets.UTF_8))
                + ".c2lnbmVkIGJ5IG5vYm9keQ";

        given().queryParam("token", forged)
                .when().post("/api/v1/unsubscribe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("token"))
                .body("errors[0].reason", equalTo("has a signature that does not match"));
        given().queryParam("token", "garbage")
                .when().post("/api/v1/unsubscribe")
                .then().statusCode(400).body("errors.field", contains("token"));
        for (String token : List.of(forged, "garbage", "")) {
            String page = given().accept("text/html").queryParam("token", token).when().get("/api/v1/unsubscribe")
                    .then().statusCode(400).contentType("text/html").extract().asString();
            assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("This unsubscribe link does not work");
            assertThat(Jsoup.parse(page).select("form")).isEmpty();
        }
        given().accept("text/html").queryParam("token", forged).when().post("/api/v1/unsubscribe")
                .then().statusCode(400).contentType("text/html");
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/preferences/{email}", email)
                .then().statusCode(200).body("muted", equalTo(false));
    }

    @Test
    void aRecipientCanNeitherReadNorChangeSomeoneElsesSettings() {
        var plan = new ActionPlanFixture();
        String mine = plan.email("me");
        String theirs = plan.email("them");

        given().auth().oauth2(Tokens.recipient(mine))
                .when().get("/api/v1/preferences/{email}", theirs)
                .then().statusCode(403).contentType("application/problem+json").body("errors.field", contains("email"));
        given().auth().oauth2(Tokens.recipient(mine)).contentType(ContentType.JSON)
                .body(Map.of("digestFrequency", "DAILY", "muted", true))
                .when().put("/api/v1/preferences/{email}", theirs)
                .then().statusCode(403);
        given().when().get("/api/v1/preferences/{email}", mine)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("digestFrequency", "WEEKLY", "muted", false))
                .when().put("/api/v1/preferences/{email}", theirs)
                .then().statusCode(200).body("digestFrequency", equalTo("WEEKLY"));
    }

    @Test
    void invalidSettingsAreRefusedNamingTheField() {
        String email = new ActionPlanFixture().email("owner");
        String token = Tokens.recipient(email);

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("leadDays", new int[] {7, -1, 400}, "digestFrequency", "DAILY"))
                .when().put("/api/v1/preferences/{email}", email)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("leadDays[1]", "leadDays[2]", "muted"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("digestFrequency", "HOURLY", "muted", false))
                .when().put("/api/v1/preferences/{email}", email)
                .then().statusCode(400).body("errors.field", contains("digestFrequency"))
                .body("errors[0].reason", equalTo("cannot be read as one of [DAILY, WEEKLY]"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"digestFrequency\": \"DAILY\", ")
                .when().put("/api/v1/preferences/{email}", email)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/preferences/{email}", "not-an-address")
                .then().statusCode(400).body("errors.field", contains("email"));
    }

    private static ValidatableResponse putPreferences(String email, Map<String, ?> body) {
        return given().auth().oauth2(Tokens.recipient(email)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/preferences/{email}", email)
                .then().statusCode(200);
    }
}
