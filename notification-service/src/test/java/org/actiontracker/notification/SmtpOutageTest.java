package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.infra.SmtpTestResource;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SmtpOutageTest extends NotificationTestBase {

    @Test
    void aDigestNotAcceptedBySmtpStaysPendingAndIsSentExactlyOnceWhenSmtpIsBack() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        LocalDate target = LocalDate.of(2034, 2, 14);
        var action = plan.action(plan.email("owner"), target).publish();

        JsonPath report;
        SmtpTestResource.mailServer().stopSmtp();
        try {
            report = Api.scan(target.minusDays(7), plan.organisationId);

            assertThat(report.getInt("deadlineApproaching")).isEqualTo(1);
            assertThat(report.getInt("delivery.sent")).isZero();
            assertThat(report.getInt("delivery.pending")).isEqualTo(1);
            // The poller keeps retrying with backoff meanwhile, so the digest may be between two attempts.
            Map<String, Object> queued = queueEntryFor(action.ownerEmail);
            assertThat(queued.get("status")).isIn("PENDING", "SENDING");
            assertThat((String) queued.get("lastError")).isNotBlank();
            assertThat(Api.history(Map.of("actionId", action.id)).getString("items[0].status"))
                    .isIn("PENDING", "SENDING");
        } finally {
            SmtpTestResource.mailServer().startSmtp();
        }

        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/queue/retry").then().statusCode(200);

        await().atMost(Api.EVENT_TIMEOUT).until(() -> "SENT".equals(
                Api.history(Map.of("actionId", action.id)).getString("items[0].status")));
        assertThat(Mailbox.to(action.ownerEmail)).hasSize(1);
        given().auth().oauth2(Tokens.admin()).queryParam("size", 200)
                .when().get("/api/v1/queue")
                .then().statusCode(200).body("items.recipientEmail", not(hasItem(action.ownerEmail)));
        // Nothing is left to send, whoever asks.
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/queue/retry")
                .then().statusCode(200);
        assertThat(Mailbox.to(action.ownerEmail)).hasSize(1);
    }

    private static Map<String, Object> queueEntryFor(String recipient) {
        JsonPath queue = given().auth().oauth2(Tokens.admin())
                .queryParam("status", "PENDING,FAILED").queryParam("size", 200)
                .when().get("/api/v1/queue")
                .then().statusCode(200).extract().jsonPath();
        int index = queue.getList("items.recipientEmail", String.class).indexOf(recipient);
        assertThat(index).as("queue position of %s", recipient).isNotNegative();
        return queue.getMap("items[" + index + "]");
    }
}
