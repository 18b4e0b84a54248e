package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.infra.PostgresServer;
import org.actiontracker.infra.PostgresTestResource;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A digest claimed by an instance that died is sent by a live one within seconds of the dead one's
 * last heartbeat (the test profile's timeout is 3 s), not after the claim's 5-minute lease; a live
 * peer's claim is left alone. Every digest carries a Message-ID derived from its ledger key.
 */
@QuarkusTest
class DigestTakeoverTest extends NotificationTestBase {

    private static final LocalDate TARGET = LocalDate.of(2034, 8, 8);
    private static final LocalDate AS_OF = TARGET.plusDays(3);

    @Test
    void aDeadInstancesClaimIsTakenOverWithinSecondsAndALivePeersIsNot() throws Exception {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var orphaned = plan.action(plan.email("orphaned"), TARGET).publishAndAwaitPlanCopied();
        var peers = plan.action(plan.email("peers"), TARGET).publishAndAwaitPlanCopied();
        UUID deadInstance = UUID.randomUUID();
        UUID livePeer = UUID.randomUUID();
        heartbeat(deadInstance, "now() - interval '1 minute'");
        heartbeat(livePeer, "now()");
        UUID orphanedDigest = claimedDigest(orphaned.id, orphaned.ownerEmail, deadInstance);
        UUID peersDigest = claimedDigest(peers.id, peers.ownerEmail, livePeer);

        ScheduledExecutorService peerAlive = Executors.newSingleThreadScheduledExecutor();
        peerAlive.scheduleAtFixedRate(() -> heartbeat(livePeer, "now()"), 0, 300, TimeUnit.MILLISECONDS);
        Mailbox.ReceivedMail taken;
        try {
            taken = awaitWithinSeconds(orphaned.ownerEmail, 10);
            // Three more heartbeat timeouts: the live peer's claim is still its own.
            Thread.sleep(Duration.ofSeconds(9).toMillis());
            assertThat(Mailbox.to(peers.ownerEmail)).isEmpty();
            assertThat(status(peersDigest)).isEqualTo("SENDING");
        } finally {
            peerAlive.shutdownNow();
        }
        assertThat(taken.messageId()).isEqualTo("<digest-" + orphanedDigest + "@actiontracker.local>");
        assertThat(status(orphanedDigest)).isEqualTo("SENT");

        Mailbox.ReceivedMail afterPeerDied = awaitWithinSeconds(peers.ownerEmail, 10);
        assertThat(afterPeerDied.messageId()).isEqualTo("<digest-" + peersDigest + "@actiontracker.local>");
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        assertThat(Mailbox.to(orphaned.ownerEmail)).hasSize(1);
        assertThat(Mailbox.to(peers.ownerEmail)).hasSize(1);
    }

    private static Mailbox.ReceivedMail awaitWithinSeconds(String email, int seconds) {
        await().atMost(Duration.ofSeconds(seconds)).until(() -> !Mailbox.to(email).isEmpty());
        return Mailbox.to(email).get(0);
    }

    /** A digest with one overdue alert, claimed by the instance under a 5-minute lease, as a scan leaves it. */
    private static UUID claimedDigest(UUID actionId, String recipient, UUID instance) throws SQLException {
        UUID digest = UUID.randomUUID();
        UUID scan = UUID.randomUUID();
        try (Connection connection = connect();
             PreparedStatement insertDigest = connection.prepareStatement("""
                     insert into digest (id, recipient_email, scan_id, as_of, status, attempts, next_attempt_at,
                                         claim_token, lease_until, created_at, claimed_by)
                     values (?, ?, ?, ?, 'SENDING', 0, now(), gen_random_uuid(), now() + interval '5 minutes', now(),
                             ?)""");
             PreparedStatement insertAlert = connection.prepareStatement("""
                     insert into notification (id, action_id, kind, threshold, target_date, recipient_email,
                                               recipient_role, escalated, as_of, scan_id, digest_id, created_at)
                     values (gen_random_uuid(), ?, 'OVERDUE', 0, ?, ?, 'OWNER', false, ?, ?, ?, now())""")) {
            insertDigest.setObject(1, digest);
            insertDigest.setString(2, recipient);
            insertDigest.setObject(3, scan);
            insertDigest.setObject(4, AS_OF);
            insertDigest.setObject(5, instance);
            insertDigest.executeUpdate();
            insertAlert.setObject(1, actionId);
            insertAlert.setObject(2, TARGET);
            insertAlert.setString(3, recipient);
            insertAlert.setObject(4, AS_OF);
            insertAlert.setObject(5, scan);
            insertAlert.setObject(6, digest);
            insertAlert.executeUpdate();
        }
        return digest;
    }

    private static void heartbeat(UUID instance, String at) {
        try (Connection connection = connect();
             PreparedStatement upsert = connection.prepareStatement("insert into delivery_instance"
                     + " (id, started_at, heartbeat_at) values (?, now(), " + at + ")"
                     + " on conflict (id) do update set heartbeat_at = excluded.heartbeat_at")) {
            upsert.setObject(1, instance);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String status(UUID digest) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("select status from digest where id = ?")) {
            query.setObject(1, digest);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        PostgresServer postgres = PostgresTestResource.server();
        return DriverManager.getConnection(postgres.jdbcUrl("notifications"), postgres.username(),
                postgres.password());
    }
}
