package org.actiontracker.notification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.RowSet;
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

    /** Claims of an instance silent for longer than the timeout become due now, for any instance to send. */
    private static final String RELEASE_ORPHANED_CLAIMS = """
            update digest d set status = 'PENDING', next_attempt_at = now(), claim_token = null, lease_until = null,
                                claimed_by = null
            where d.status = 'SENDING' and d.claimed_by is not null and d.claimed_by <> $1
              and not exists (select 1 from delivery_instance i
                              where i.id = d.claimed_by and i.heartbeat_at > now() - $2 * interval '1 millisecond')""";

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

    /** Returns how many digests were released. */
    public Uni<Integer> releaseOrphanedClaims(UUID liveInstance, Duration instanceTimeout) {
        return pool.preparedQuery(RELEASE_ORPHANED_CLAIMS)
                .execute(Tuple.of(liveInstance, instanceTimeout.toMillis()))
                .map(RowSet::rowCount);
    }

    public Uni<Void> forgetLongSilentInstances() {
        return pool.query(FORGET_SILENT_INSTANCES).execute().replaceWithVoid();
    }

    /** An instance shutting down cleanly hands its claims over at once. */
    public Uni<Void> stopped(UUID instance) {
        return pool.preparedQuery(STOPPED).execute(Tuple.of(instance)).replaceWithVoid();
    }
}
