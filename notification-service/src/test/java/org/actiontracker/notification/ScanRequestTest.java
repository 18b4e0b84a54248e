package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * A scan sends e-mail that cannot be recalled, so a malformed request never runs one: it is a 400
 * naming the field, and a dry run shows what would be sent without sending it.
 */
@QuarkusTest
class ScanRequestTest extends NotificationTestBase {

    /** In the test profile the window is 15 years (the fixtures are dated years ahead). */
    private static final LocalDate TARGET = LocalDate.of(2033, 11, 3);

    private ActionPlanFixture plan;
    private String owner;
    private String scope;

    @BeforeEach
    void overdueAction() {
        plan = new ActionPlanFixture();
        plan.publishPlan(90);
        owner = plan.email("owner");
        plan.action(owner, TARGET.minusDays(3)).publishAndAwaitPlanCopied();
        scope = "\"organisationId\":\"" + plan.organisationId + "\"";
    }

    @ParameterizedTest
    @ValueSource(strings = {" trailing", "}}}", " {\"asOf\":\"2033-11-03\"}", " []"})
    void contentAfterTheRequestIsRefusedAndNothingIsSent(String after) {
        scan("{\"asOf\":\"2033-11-03\"," + scope + "}" + after).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
        assertNothingSentOrRecorded();
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        scan("{\"asOf\":\"2033-11-03\",\"asOf\":\"2033-11-04\"," + scope + "}").statusCode(400)
                .body("errors.field", hasItem("asOf"));
        assertNothingSentOrRecorded();
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        scan("{\"asOf\":\"2033-11-03\",\"sendTo\":\"everyone\"," + scope + "}").statusCode(400)
                .body("errors.field", hasItem("sendTo"));
        assertNothingSentOrRecorded();
    }

    @Test
    void invalidUtf8IsRefused() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"asOf\":\"2033-11-03\"," + scope + ",\"x\":\"").getBytes(StandardCharsets.UTF_8));
        body.write(0xC0);
        body.write(0xAF);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body.toByteArray())
                .when().post("/api/v1/scans")
                .then().statusCode(400).body("errors.field", hasItem("body"))
                .body("errors[0].reason", containsString("UTF-8"));
        assertNothingSentOrRecorded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20260101", "\"+57440-04-10\"", "\"2049-01-01\"", "\"2010-01-01\"", "true",
            "\"2033-02-30\""})
    void anAsOfThatIsNotACalendarDateNearTodayIsRefused(String asOf) {
        scan("{\"asOf\":" + asOf + "," + scope + "}").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("asOf"));
        assertNothingSentOrRecorded();
    }

    @Test
    void aWrongTypeForTheDryRunFlagIsRefused() {
        scan("{\"asOf\":\"2033-11-03\",\"dryRun\":\"yes\"," + scope + "}").statusCode(400)
                .body("errors.field", hasItem("dryRun"));
        assertNothingSentOrRecorded();
    }

    @Test
    void aDryRunTellsWhatWouldBeSentToWhomAndSendsNothing() {
        JsonPath preview = scan("{\"asOf\":\"2033-11-03\",\"dryRun\":true," + scope + "}").statusCode(200)
                .extract().jsonPath();

        assertThat(preview.getBoolean("dryRun")).isTrue();
        assertThat(preview.getInt("overdue")).isEqualTo(1);
        assertThat(preview.getList("wouldSend.recipientEmail")).containsExactly(owner);
        assertThat(preview.getList("wouldSend[0].alerts.kind")).containsExactly("OVERDUE");
        assertThat(preview.getInt("delivery.sent")).isZero();
        assertNothingSentOrRecorded();
    }

    /** A real scan afterwards still finds the alert, and only then is the owner e-mailed. */
    private void assertNothingSentOrRecorded() {
        assertThat(Mailbox.to(owner)).isEmpty();
        JsonPath report = Api.scan(TARGET, plan.organisationId);
        assertThat(report.getInt("overdue")).isEqualTo(1);
        assertThat(report.getBoolean("dryRun")).isFalse();
        Mailbox.awaitOne(owner);
    }

    private ValidatableResponse scan(String body) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/scans").then();
    }
}
