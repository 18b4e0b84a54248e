package org.actiontracker.plan.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** The answers of creating POSTs sent with an Idempotency-Key, by caller and key (hand-written SQL: upserts). */
@ApplicationScoped
public class IdempotencyKeyRepository {

    /** What a key holds: its request, and once the request finished, its answer ({@code status} null before). */
    public record StoredAnswer(String request, String bodyHash, Integer status, String location, String etag,
                               String contentType, String body) {

        public boolean inProgress() {
            return status == null;
        }
    }

    /** Whether the caller now holds the key for a new request, or what the key already holds. */
    public record Reservation(boolean reserved, StoredAnswer existing) {
    }

    private final Pool pool;

    public IdempotencyKeyRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Reserves the key for this request, forgetting keys older than {@code retention} first. A reservation left in
     * progress for longer than {@code abandonedAfter} (its instance died) is taken over.
     */
    public Uni<Reservation> reserve(String caller, String key, String request, Duration retention,
                                    Duration abandonedAfter) {
        return pool.preparedQuery("delete from idempotency_key where created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds()))
                .chain(() -> pool.preparedQuery("""
                        insert into idempotency_key (caller, key, request) values ($1, $2, $3)
                        on conflict (caller, key) do update set request = excluded.request, created_at = now()
                        where idempotency_key.status is null
                          and idempotency_key.created_at < now() - make_interval(secs => $4)
                        returning caller""")
                        .execute(Tuple.of(caller, key, request, (double) abandonedAfter.toSeconds())))
                .chain(inserted -> inserted.rowCount() > 0
                        ? Uni.createFrom().item(new Reservation(true, null))
                        : pool.preparedQuery("""
                                select request, body_hash, status, location, etag, content_type, body
                                from idempotency_key where caller = $1 and key = $2""")
                        .execute(Tuple.of(caller, key))
                        .map(rows -> new Reservation(false, rows.iterator().hasNext()
                                ? answer(rows.iterator().next()) : null)));
    }

    /** Keeps the answer of the request that holds the key. */
    public Uni<Void> complete(String caller, String key, StoredAnswer answer) {
        return pool.preparedQuery("""
                        update idempotency_key set body_hash = $3, status = $4, location = $5, etag = $6,
                               content_type = $7, body = $8
                        where caller = $1 and key = $2""")
                .execute(Tuple.tuple().addString(caller).addString(key).addString(answer.bodyHash())
                        .addInteger(answer.status()).addString(answer.location()).addString(answer.etag())
                        .addString(answer.contentType()).addString(answer.body()))
                .replaceWithVoid();
    }

    /** Frees the key of a request that created nothing, so that it may be sent again. */
    public Uni<Void> release(String caller, String key) {
        return pool.preparedQuery("delete from idempotency_key where caller = $1 and key = $2 and status is null")
                .execute(Tuple.of(caller, key)).replaceWithVoid();
    }

    private static StoredAnswer answer(Row row) {
        return new StoredAnswer(row.getString("request"), row.getString("body_hash"), row.getInteger("status"),
                row.getString("location"), row.getString("etag"), row.getString("content_type"),
                row.getString("body"));
    }
}
