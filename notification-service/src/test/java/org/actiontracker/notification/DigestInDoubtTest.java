package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.DigestRows;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.Metrics;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The window SMTP and the database cannot close together (accepted by the server, not yet recorded as sent)
 * is kept to one digest at a time and made visible: an attempt that started under a claim whose instance died
 * leaves its digest in doubt, resent once with the same Message-ID and counted; a digest recorded as sent is
 * never sent again.
 */
@QuarkusTest
class DigestInDoubtTest extends NotificationTestBase {

    private static final Logger LOG = Logger.getLogger(DigestInDoubtTest.class);
    private static final LocalDate TARGET = LocalDate.of(2035, 3, 3);
    private static final LocalDate AS_OF = TARGET.plusDays(3);
    private static final String IN_DOUBT_RESENDS = "notification_emails_resent_in_doubt_total";
    private static final String RECORD_DELAY = "notification_emails_sent_record_delay_seconds";

    @Test
    void aDigestWhoseAttemptStartedUnderADeadInstanceIsResentOnceWithTheSameMessageIdAndCountedInDoubt()
            throws InterruptedException {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var interrupted = plan.action(plan.email("interrupted"), TARGET).publishAndAwaitPlanCopied();
        var waiting = plan.action(plan.email("waiting"), TARGET).publishAndAwaitPlanCopied();
        UUID deadInstance = UUID.randomUUID();
        DigestRows.heartbeat(deadInstance, "now() - interval '1 minute'");
        double inDoubtBefore = Metrics.value(IN_DOUBT_RESENDS);

        UUID inDoubt = DigestRows.claimedDigest(interrupted.id, interrupted.ownerEmail, TARGET, AS_OF, deadInstance, 1);
        UUID notStarted = DigestRows.claimedDigest(waiting.id, waiting.ownerEmail, TARGET, AS_OF, deadInstance, 0);

        Mailbox.ReceivedMail resent = Mailbox.awaitOne(interrupted.ownerEmail);
        Mailbox.awaitOne(waiting.ownerEmail);
        assertThat(resent.messageId()).isEqualTo("<digest-" + inDoubt + "@actiontracker.local>");
        await().atMost(Api.EVENT_TIMEOUT).until(() -> "SENT".equals(DigestRows.row(notStarted).status()));
        DigestRows.Row resentRow = DigestRows.row(inDoubt);
        assertThat(resentRow.status()).isEqualTo("SENT");
        assertThat(resentRow.attemptsStarted()).isEqualTo(2);
        assertThat(resentRow.attempts()).isEqualTo(1);
        assertThat(Metrics.value(IN_DOUBT_RESENDS) - inDoubtBefore)
                .as("the digest whose attempt never started is not in doubt").isEqualTo(1);

        // Further polls and takeover rounds (1 s each in the test profile) send neither again.
        Thread.sleep(Duration.ofSeconds(4).toMillis());
        assertThat(Mailbox.to(interrupted.ownerEmail)).hasSize(1);
        assertThat(Mailbox.to(waiting.ownerEmail)).hasSize(1);
    }

    @Test
    void aDigestRecordedAsSentIsNeverResentWhenTheInstanceThatSentItDies() throws InterruptedException {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("sent"), TARGET).publishAndAwaitPlanCopied();
        UUID deadInstance = UUID.randomUUID();
        DigestRows.heartbeat(deadInstance, "now() - interval '1 minute'");
        UUID sent = DigestRows.claimedDigest(action.id, action.ownerEmail, TARGET, AS_OF, deadInstance, 1);
        DigestRows.markSent(sent);

        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/queue/retry").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/queue/" + sent + "/retry").then().statusCode(409);
        // Past the test profile's instance timeout (3 s): the dead instance's claims are released meanwhile.
        Thread.sleep(Duration.ofSeconds(5).toMillis());

        assertThat(Mailbox.to(action.ownerEmail)).isEmpty();
        DigestRows.Row row = DigestRows.row(sent);
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.attemptsStarted()).isEqualTo(1);
    }

    @Test
    void eachDigestOfAScanIsRecordedSentBeforeTheNextOneIsAttempted() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        List<String> owners = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            owners.add(plan.email("owner" + n));
        }
        owners.forEach(owner -> plan.action(owner, TARGET).publish());
        double recordedBefore = Metrics.value(RECORD_DELAY + "_count");

        assertThat(Api.scan(AS_OF, plan.organisationId).getInt("delivery.sent")).isEqualTo(owners.size());

        List<DigestRows.Row> digests = DigestRows.inAttemptOrder(owners);
        assertThat(digests).hasSize(owners.size()).allSatisfy(digest -> {
            assertThat(digest.status()).isEqualTo("SENT");
            assertThat(digest.attemptsStarted()).isEqualTo(1);
        });
        for (int n = 1; n < digests.size(); n++) {
            assertThat(digests.get(n).attemptStartedAt())
                    .as("attempt %d starts after attempt %d was recorded sent", n, n - 1)
                    .isAfterOrEqualTo(digests.get(n - 1).sentAt());
        }
        assertThat(Metrics.value(RECORD_DELAY + "_count") - recordedBefore).isEqualTo(owners.size());
        // The window a crash can fall into, per digest, as this run measured it (cumulative over the tests).
        LOG.infof("Acceptance to committed SENT record: median %.2f ms, p99 %.2f ms, max %.2f ms over %.0f digests",
                Metrics.value(RECORD_DELAY, "quantile=\"0.5\"") * 1000,
                Metrics.value(RECORD_DELAY, "quantile=\"0.99\"") * 1000,
                Metrics.value(RECORD_DELAY + "_max") * 1000, Metrics.value(RECORD_DELAY + "_count"));
    }
}
