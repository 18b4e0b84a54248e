package org.actiontracker.plan.events.stream;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which organisation each plan belongs to. A plan never changes organisation, so what this has once learned, from
 * the database or from a plan's events, stays true.
 */
@ApplicationScoped
class PlanOrganisations {

    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);

    private final Pool pool;
    private final Map<UUID, UUID> organisationOfPlan = new ConcurrentHashMap<>();

    PlanOrganisations(Pool pool) {
        this.pool = pool;
    }

    void learn(UUID planId, UUID organisationId) {
        organisationOfPlan.putIfAbsent(planId, organisationId);
    }

    /**
     * Blocks on the database the first time a plan is asked about: call it off the event loop.
     *
     * @return {@code null} when there is no such plan
     */
    UUID of(UUID planId) {
        UUID known = organisationOfPlan.get(planId);
        if (known != null) {
            return known;
        }
        RowIterator<Row> rows = pool.preparedQuery("select organisation_id from plan where id = $1")
                .execute(Tuple.of(planId)).await().atMost(LOOKUP_TIMEOUT).iterator();
        if (!rows.hasNext()) {
            return null;
        }
        UUID organisationId = rows.next().getUUID("organisation_id");
        learn(planId, organisationId);
        return organisationId;
    }
}
