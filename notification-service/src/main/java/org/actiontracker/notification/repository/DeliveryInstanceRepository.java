package org.actiontracker.notification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.UUID;

/**
 * The heartbeats of the running instances, and the release of claims whose instance has gone
 * silent: a claim lives as long as its instance, not for a fixed lease.
 */
@ApplicationScoped
public class DeliveryInstanceRepository {

    private static final String HEARTBEAT = """
            insert into delivery_instance (id, started_at, heartbeat_at) values ($1, now(), now())
            on conflict (id) do update set heartbeat_at = now()""";

    /**
     * Claims of an instance silent for longer than the timeout become due now, for any instance to send; those
     * whose attempt had started without an outcome recorded are in doubt (the server may have accepted them).
     */
    private static final String RELEASE_ORPHANED_CLAIMS = """
            with released as (
                update digest d set status = 'PENDING', next_attempt_at = now(), claim_token = null,
                                    lease_until = null, claimed_by = null
                where d.status = 'SENDING' and d.claimed_by is not null and d.claimed_by <> $1
                  and not exists (select 1 from delivery_instance i
                                  where i.id = d.claimed_by and i.heartbeat_at > now() - $2 * interval '1 millisecond')
                returning d.attempts_started > d.attempts as in_doubt)
            select count(*) as digests, count(*) filter (where in_doubt) as in_doubt from released""";

    private static final String FORGET_SILENT_INSTANCES = """
            delete from delivery_instance where heartbeat_at < now() - interval '1 day'""";

    private static final String STOPPED = "delete from delivery_instance where id = $1";

    private final Pool pool;

    public DeliveryInstanceRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> heartbeat(UUID instance) {
        return pool.preparedQuery(HEARTBEAT).execute(Tuple.of(instance)).replaceWithVoid();
    }

    public Uni<ReleasedClaims> releaseOrphanedClaims(UUID liveInstance, Duration instanceTimeout) {
        return pool.preparedQuery(RELEASE_ORPHANED_CLAIMS)
                .execute(Tuple.of(liveInstance, instanceTimeout.toMillis()))
                .map(rows -> {
                    Row counts = rows.iterator().next();
                    return new ReleasedClaims(counts.getLong("digests"), counts.getLong("in_doubt"));
                });
    }

    public Uni<Void> forgetLongSilentInstances() {
        return pool.query(FORGET_SILENT_INSTANCES).execute().replaceWithVoid();
    }

    /** An instance shutting down cleanly hands its claims over at once. */
    public Uni<Void> stopped(UUID instance) {
        return pool.preparedQuery(STOPPED).execute(Tuple.of(instance)).replaceWithVoid();
    }

    /** How many digests were released, and how many of them had an attempt under way (in doubt). */
    public record ReleasedClaims(long digests, long inDoubt) {
    }
}
