package org.actiontracker.notification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.domain.AlertKind;
import org.actiontracker.notification.domain.ClaimedDigest;
import org.actiontracker.notification.domain.DigestItem;
import org.actiontracker.notification.domain.DigestStatus;
import org.actiontracker.notification.domain.RecipientRole;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims digests for sending and records the outcome. A claim is a row update with a token, the
 * claiming instance and a lease: the digest is sent by whoever holds the token, and is taken over by
 * another instance once the claimer's heartbeat stops (see DeliveryInstanceRepository) or, for a claim
 * without an instance, once the lease has run out. The start of each attempt and its outcome are each written
 * in one statement, by the claim's holder only; an attempt started with no outcome leaves the digest in doubt.
 */
@ApplicationScoped
public class DigestQueueRepository {

    private static final String CLAIM_DUE = """
            update digest d set status = 'SENDING', claim_token = $1, lease_until = now() + $2 * interval '1 second',
                                claimed_by = $4
            where d.id in (
                select id from digest
                where (status = 'PENDING' and next_attempt_at <= now()) or (status = 'SENDING' and lease_until < now())
                order by next_attempt_at
                limit $3
                for update skip locked)
            returning d.id""";

    private static final String CLAIM_ONE = """
            update digest set status = 'SENDING', claim_token = $2, lease_until = now() + $3 * interval '1 second',
                              claimed_by = $4
            where id = $1 and (status in ('PENDING', 'FAILED') or (status = 'SENDING' and lease_until < now()))
            returning id""";

    private static final String MAKE_WAITING_DUE_NOW = """
            update digest set status = 'PENDING', next_attempt_at = now()
            where status in ('PENDING', 'FAILED')""";

    /** Still held by the token: a digest cancelled since it was claimed (its recipient muted) is skipped. */
    private static final String FIND_CLAIMED = """
            select d.id as digest_id, d.recipient_email, d.as_of,
                   greatest(d.attempts_started - d.attempts, 0) as attempts_in_doubt, d.attempt_started_at,
                   n.id, n.action_id, a.plan_id, p.title as plan_title, n.kind, n.threshold, n.target_date,
                   n.recipient_role, n.escalated,
                   a.organisation_name, a.recommendation_number, a.sub_point_ref, a.description, a.owner_name,
                   a.owner_email, a.latest_update_at, coalesce(a.open, false) as action_open,
                   a.target_date as current_target_date, a.stale_after
            from digest d
            left join notification n on n.digest_id = d.id and n.cancelled_at is null
            left join tracked_action a on a.id = n.action_id
            left join tracked_plan p on p.id = a.plan_id
            where d.id = any($1) and d.claim_token = $2 and d.status = 'SENDING'""";

    /**
     * The only statement between the server's acceptance and the record of it: one row by primary key, nothing
     * else written (the overtaken alerts were cancelled when the attempt began), so that it commits at once.
     */
    private static final String MARK_SENT = """
            update digest set status = 'SENT', sent_at = now(), attempts = attempts + 1, subject = $3,
                              item_count = $4, lease_until = null, claim_token = null, claimed_by = null,
                              last_error = null
            where id = $1 and claim_token = $2 and status = 'SENDING'""";

    private static final String MARK_CANCELLED = """
            with overtaken as (update notification set cancelled_at = now() where id = any($3))
            update digest set status = 'CANCELLED', item_count = 0, lease_until = null, claim_token = null,
                              claimed_by = null
            where id = $1 and claim_token = $2 and status = 'SENDING'""";

    /** The wait doubles with each attempt: initial * 2^(attempts - 1), capped. */
    private static final String MARK_FAILED = """
            update digest set
                attempts = attempts + 1,
                status = case when attempts + 1 >= $4 then 'FAILED' else 'PENDING' end,
                next_attempt_at = now() + least($5::float8 * power(2, attempts), $6::float8) * interval '1 second',
                last_error = $3, lease_until = null, claim_token = null, claimed_by = null
            where id = $1 and claim_token = $2 and status = 'SENDING'
            returning status""";

    /**
     * Just before each SMTP exchange, while the token still holds the claim (one taken over meanwhile is not
     * sent twice): records that an attempt started, so that a crash before its outcome is recorded leaves the
     * digest visibly in doubt, and cancels the alerts that events have overtaken, whatever the outcome.
     */
    private static final String BEGIN_ATTEMPT = """
            with attempt as (
                update digest set attempts_started = attempts_started + 1, attempt_started_at = now()
                where id = $1 and claim_token = $2 and status = 'SENDING'
                returning id),
            overtaken as (
                update notification set cancelled_at = now()
                where id = any($3) and exists (select 1 from attempt))
            select count(*) as held from attempt""";

    private static final String COUNT_BY_STATUS = """
            select status, count(*) as digests from digest
            where status in ('SENDING', 'PENDING', 'FAILED') group by status""";

    private final Pool pool;

    public DigestQueueRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<UUID>> claimDue(UUID claimToken, Duration lease, int limit, UUID instance) {
        return pool.preparedQuery(CLAIM_DUE).execute(Tuple.of(claimToken, (int) lease.toSeconds(), limit, instance))
                .map(DigestQueueRepository::ids);
    }

    /** Claims a waiting or failed digest; empty when it is unknown, sent, cancelled or being sent. */
    public Uni<Optional<UUID>> claim(UUID digestId, UUID claimToken, Duration lease, UUID instance) {
        return pool.preparedQuery(CLAIM_ONE)
                .execute(Tuple.of(digestId, claimToken, (int) lease.toSeconds(), instance))
                .map(rows -> ids(rows).stream().findFirst());
    }

    /** Makes every waiting and failed digest due now, ignoring backoff; returns how many. */
    public Uni<Integer> makeWaitingDueNow() {
        return pool.query(MAKE_WAITING_DUE_NOW).execute().map(RowSet::rowCount);
    }

    /** The digests among the ids that the token still holds, with their alerts, in one query. */
    public Uni<List<ClaimedDigest>> findClaimed(List<UUID> digestIds, UUID claimToken) {
        return pool.preparedQuery(FIND_CLAIMED).execute(Tuple.of(digestIds.toArray(UUID[]::new), claimToken))
                .map(rows -> {
                    Map<UUID, ClaimedDigest> digests = new LinkedHashMap<>();
                    for (Row row : rows) {
                        ClaimedDigest digest = digests.computeIfAbsent(row.getUUID("digest_id"),
                                id -> new ClaimedDigest(id, row.getString("recipient_email"),
                                        row.getLocalDate("as_of"), new ArrayList<>(),
                                        row.getInteger("attempts_in_doubt"), row.getOffsetDateTime("attempt_started_at")));
                        if (row.getUUID("id") != null) {
                            digest.items().add(toItem(row));
                        }
                    }
                    return new ArrayList<>(digests.values());
                });
    }

    /** Records that an attempt starts now; false when the token no longer holds the claim (nothing is written). */
    public Uni<Boolean> beginAttempt(UUID digestId, UUID claimToken, List<UUID> overtakenNotifications) {
        return pool.preparedQuery(BEGIN_ATTEMPT)
                .execute(Tuple.of(digestId, claimToken, overtakenNotifications.toArray(UUID[]::new)))
                .map(rows -> rows.iterator().next().getLong("held") > 0);
    }

    /** Records that the server accepted the digest; false when the claim was lost to another instance. */
    public Uni<Boolean> markSent(UUID digestId, UUID claimToken, String subject, int itemCount) {
        return pool.preparedQuery(MARK_SENT)
                .execute(Tuple.of(digestId, claimToken, subject, itemCount))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Everything in the digest was overtaken by events: nothing is sent. */
    public Uni<Boolean> markCancelled(UUID digestId, UUID claimToken, List<UUID> overtakenNotifications) {
        return pool.preparedQuery(MARK_CANCELLED)
                .execute(Tuple.of(digestId, claimToken, overtakenNotifications.toArray(UUID[]::new)))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Schedules the next attempt with backoff, or gives up after the maximum; returns the new status. */
    public Uni<Optional<DigestStatus>> markFailed(UUID digestId, UUID claimToken, String error, int maxAttempts,
                                                  Duration initialBackoff, Duration maxBackoff) {
        Tuple params = Tuple.from(Arrays.asList(digestId, claimToken, error, maxAttempts,
                (double) initialBackoff.toSeconds(), (double) maxBackoff.toSeconds()));
        return pool.preparedQuery(MARK_FAILED).execute(params)
                .map(rows -> rows.size() == 0 ? Optional.<DigestStatus>empty()
                        : Optional.of(DigestStatus.valueOf(rows.iterator().next().getString("status"))));
    }

    public Uni<Map<DigestStatus, Long>> countUnsent() {
        return pool.query(COUNT_BY_STATUS).execute().map(rows -> {
            Map<DigestStatus, Long> counts = new EnumMap<>(DigestStatus.class);
            rows.forEach(row -> counts.put(DigestStatus.valueOf(row.getString("status")), row.getLong("digests")));
            return counts;
        });
    }

    private static DigestItem toItem(Row row) {
        return new DigestItem(
                row.getUUID("id"), row.getUUID("action_id"), row.getUUID("plan_id"), row.getString("plan_title"),
                AlertKind.valueOf(row.getString("kind")),
                row.getInteger("threshold"), row.getLocalDate("target_date"),
                RecipientRole.valueOf(row.getString("recipient_role")), row.getBoolean("escalated"),
                row.getString("organisation_name"), row.getString("recommendation_number"),
                row.getString("sub_point_ref"), row.getString("description"), row.getString("owner_name"),
                row.getString("owner_email"), row.getOffsetDateTime("latest_update_at"),
                row.getBoolean("action_open"), row.getLocalDate("current_target_date"),
                row.getLocalDate("stale_after"));
    }

    private static List<UUID> ids(RowSet<Row> rows) {
        List<UUID> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.getUUID("id")));
        return ids;
    }
}
