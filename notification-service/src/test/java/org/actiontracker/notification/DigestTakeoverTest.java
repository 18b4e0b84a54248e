package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.DigestRows;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.junit.jupiter.api.Test;

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
        DigestRows.heartbeat(deadInstance, "now() - interval '1 minute'");
        DigestRows.heartbeat(livePeer, "now()");
        UUID orphanedDigest = claimedDigest(orphaned.id, orphaned.ownerEmail, deadInstance);
        UUID peersDigest = claimedDigest(peers.id, peers.ownerEmail, livePeer);

        ScheduledExecutorService peerAlive = Executors.newSingleThreadScheduledExecutor();
        peerAlive.scheduleAtFixedRate(() -> DigestRows.heartbeat(livePeer, "now()"), 0, 300, TimeUnit.MILLISECONDS);
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

    private static UUID claimedDigest(UUID actionId, String recipient, UUID instance) {
        return DigestRows.claimedDigest(actionId, recipient, TARGET, AS_OF, instance, 0);
    }

    private static String status(UUID digest) {
        return DigestRows.row(digest).status();
    }
}
