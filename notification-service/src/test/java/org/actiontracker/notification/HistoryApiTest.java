package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
class HistoryApiTest extends NotificationTestBase {

    private static final LocalDate TARGET = LocalDate.of(2036, 4, 1);

    private ActionPlanFixture plan;
    private ActionPlanFixture.Action alices;
    private ActionPlanFixture.Action bobs;

    /** Alice: approaching on the 25th, overdue on the 2nd; Bob: approaching on the 25th. */
    @BeforeEach
    void twoRecipientsWithAlerts() {
        plan = new ActionPlanFixture();
        plan.publishPlan(90);
        alices = plan.action(plan.email("alice"), TARGET).publish();
        bobs = plan.action(plan.email("bob"), TARGET.plusDays(20)).publish();
        Api.scan(TARGET.minusDays(25), plan.organisationId);
        Api.scan(TARGET.plusDays(2), plan.organisationId);
    }

    @Test
    void aRecipientSeesOnlyTheirOwnAlerts() {
        given().auth().oauth2(Tokens.recipient(alices.ownerEmail))
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.recipientEmail", everyItem(equalTo(alices.ownerEmail)))
                .body("items.kind", contains("OVERDUE", "DEADLINE_APPROACHING"));
        given().auth().oauth2(Tokens.recipient(alices.ownerEmail))
                .queryParam("recipient", bobs.ownerEmail)
                .when().get("/api/v1/notifications")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", contains("recipient"));
    }

    @Test
    void anAlertAddressedToSomeoneElseIsNotFoundForARecipient() {
        String bobsAlert = Api.history(Map.of("recipient", bobs.ownerEmail)).getString("items[0].id");

        given().auth().oauth2(Tokens.recipient(alices.ownerEmail))
                .when().get("/api/v1/notifications/{id}", bobsAlert)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.recipient(bobs.ownerEmail))
                .when().get("/api/v1/notifications/{id}", bobsAlert)
                .then().statusCode(200).body("actionId", equalTo(bobs.id.toString())).body("status", equalTo("SENT"));
    }

    @Test
    void anAdminFiltersByRecipientActionKindAndDate() {
        given().auth().oauth2(Tokens.admin())
                .queryParam("recipient", bobs.ownerEmail)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.admin())
                .queryParam("actionId", alices.id).queryParam("kind", "overdue")
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].threshold", equalTo(0));
        given().auth().oauth2(Tokens.admin())
                .queryParam("recipient", alices.ownerEmail)
                .queryParam("from", TARGET.minusDays(25).toString()).queryParam("to", TARGET.minusDays(25).toString())
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("items.kind", contains("DEADLINE_APPROACHING"));
    }

    @Test
    void historyIsPaginatedWithTotals() {
        given().auth().oauth2(Tokens.admin())
                .queryParam("actionId", alices.id).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(1))
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items.kind", contains("DEADLINE_APPROACHING"));
    }

    @Test
    void badQueryParametersAreRefusedNamingTheParameter() {
        Map<String, String> badValues = Map.of(
                "actionId", "not-a-uuid",
                "kind", "SOON",
                "from", "01/04/2036",
                "size", "0",
                "page", "first");
        badValues.forEach((parameter, value) -> given().auth().oauth2(Tokens.admin())
                .queryParam(parameter, value)
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(parameter)));
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/notifications/{id}", "12345")
                .then().statusCode(400).body("errors.field", contains("id"));
    }

    @Test
    void historyNeedsAValidToken() {
        given().when().get("/api/v1/notifications")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not.a.token")
                .when().get("/api/v1/notifications")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/notifications/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
