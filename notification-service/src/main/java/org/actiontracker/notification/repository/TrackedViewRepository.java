package org.actiontracker.notification.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.Snapshots;
import org.actiontracker.notification.domain.TrackedAction;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the view of plans and actions from event snapshots, in the caller's Hibernate Reactive
 * transaction (the projector's, which records the event as processed in it too). Every write is
 * guarded by the snapshot's version, so an older or repeated snapshot changes nothing. Reads go
 * straight to the pool: they need no session.
 */
@ApplicationScoped
public class TrackedViewRepository {

    private static final String MARK_PROCESSED = """
            insert into processed_event (source, id, type) values (?1, ?2, ?3)
            on conflict do nothing
            returning id""";

    /** Plan fields are taken from tracked_plan when the plan has been seen, so arrival order does not matter. */
    private static final String UPSERT_ACTION = """
            insert into tracked_action as t (id, plan_id, organisation_id, organisation_name, recommendation_number,
                sub_point_ref, description, owner_name, owner_email, executive_lead_email, target_date, status,
                latest_update_at, created_at, reporting_interval_days, stale_after, deleted, version, updated_at)
            select cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid), cast(?4 as text), cast(?5 as text),
                   cast(?6 as text), cast(?7 as text), cast(?8 as text), lower(cast(?9 as text)),
                   p.executive_lead_email, cast(?10 as date), cast(?11 as text), cast(?12 as timestamptz),
                   cast(?13 as timestamptz), coalesce(p.reporting_interval_days, cast(?14 as int)),
                   cast(coalesce(cast(?12 as timestamptz), cast(?13 as timestamptz))
                           at time zone cast(?15 as text) as date)
                       + coalesce(p.reporting_interval_days, cast(?14 as int)),
                   cast(?16 as boolean) or coalesce(p.deleted, false), cast(?17 as bigint), now()
            from (select 1) as one left join tracked_plan p on p.id = cast(?2 as uuid)
            on conflict (id) do update set
                plan_id = excluded.plan_id, organisation_id = excluded.organisation_id,
                organisation_name = excluded.organisation_name,
                recommendation_number = excluded.recommendation_number, sub_point_ref = excluded.sub_point_ref,
                description = excluded.description, owner_name = excluded.owner_name,
                owner_email = excluded.owner_email, executive_lead_email = excluded.executive_lead_email,
                target_date = excluded.target_date, status = excluded.status,
                latest_update_at = excluded.latest_update_at, created_at = excluded.created_at,
                reporting_interval_days = excluded.reporting_interval_days, stale_after = excluded.stale_after,
                deleted = excluded.deleted, version = excluded.version, updated_at = excluded.updated_at
            where t.version < excluded.version or (excluded.deleted and t.version = excluded.version)
            returning t.id""";

    private static final String UPSERT_PLAN = """
            insert into tracked_plan as t (id, organisation_id, title, executive_lead_name, executive_lead_email,
                reporting_interval_days, deleted, version, updated_at)
            values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as text), cast(?4 as text), lower(cast(?5 as text)),
                    cast(?6 as int), cast(?7 as boolean), cast(?8 as bigint), now())
            on conflict (id) do update set
                organisation_id = excluded.organisation_id, title = excluded.title,
                executive_lead_name = excluded.executive_lead_name,
                executive_lead_email = excluded.executive_lead_email,
                reporting_interval_days = excluded.reporting_interval_days, deleted = excluded.deleted,
                version = excluded.version, updated_at = excluded.updated_at
            where t.version < excluded.version or (excluded.deleted and t.version = excluded.version)
            returning t.id""";

    private static final String COPY_PLAN_TO_ACTIONS = """
            update tracked_action set
                executive_lead_email = p.executive_lead_email,
                reporting_interval_days = p.reporting_interval_days,
                stale_after = cast(coalesce(latest_update_at, created_at) at time zone cast(?2 as text) as date)
                    + p.reporting_interval_days,
                deleted = tracked_action.deleted or p.deleted,
                updated_at = now()
            from tracked_plan p
            where p.id = cast(?1 as uuid) and tracked_action.plan_id = p.id""";

    private static final String FIND_ACTION = """
            select id, plan_id, organisation_id, organisation_name, recommendation_number, sub_point_ref,
                   description, owner_name, owner_email, executive_lead_email, target_date, status,
                   latest_update_at, reporting_interval_days, stale_after, deleted, version
            from tracked_action where id = $1""";

    private final Pool pool;

    public TrackedViewRepository(Pool pool) {
        this.pool = pool;
    }

    /** Records the event as processed; false when it already was (a redelivery). */
    public Uni<Boolean> markProcessed(String source, String id, String type) {
        return returnsAny(MARK_PROCESSED, source, id, type);
    }

    /** Applies the snapshot; false when the view already holds this version or a newer one. */
    public Uni<Boolean> upsertAction(Snapshots.Action action, boolean deleted, ZoneId zone,
                                     int defaultReportingIntervalDays) {
        Snapshots.Person owner = action.owner();
        return returnsAny(UPSERT_ACTION,
                action.id(), action.planId(), action.organisationId(), action.organisationName(),
                action.recommendationNumber(), action.subPointRef(), action.description(),
                owner == null ? null : owner.name(), owner == null ? null : blankToNull(owner.email()),
                action.targetDate(), action.status(), utc(action.latestUpdateAt()), utc(action.createdAt()),
                defaultReportingIntervalDays, zone.getId(), deleted, action.version());
    }

    /** Applies the snapshot and copies the lead and interval to the plan's actions; false when not newer. */
    public Uni<Boolean> upsertPlan(Snapshots.Plan plan, boolean deleted, ZoneId zone, int reportingIntervalDays) {
        Snapshots.Person lead = plan.executiveLead();
        return returnsAny(UPSERT_PLAN,
                plan.id(), plan.organisationId(), plan.title(),
                lead == null ? null : lead.name(), lead == null ? null : blankToNull(lead.email()),
                reportingIntervalDays, deleted, plan.version())
                .flatMap(changed -> !changed ? Uni.createFrom().item(false)
                        : Panache.getSession().chain(session -> session.createNativeQuery(COPY_PLAN_TO_ACTIONS)
                                .setParameter(1, plan.id()).setParameter(2, zone.getId()).executeUpdate())
                        .replaceWith(true));
    }

    public Uni<Optional<TrackedAction>> findAction(UUID id) {
        return pool.preparedQuery(FIND_ACTION).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toAction(rows.iterator().next())));
    }

    /** Forgets processed event ids older than the instant; their snapshots' versions still guard the view. */
    public Uni<Integer> forgetProcessedBefore(Instant instant) {
        return pool.preparedQuery("delete from processed_event where processed_at < $1")
                .execute(Tuple.of(utc(instant)))
                .map(RowSet::rowCount);
    }

    private static TrackedAction toAction(Row row) {
        return new TrackedAction(
                row.getUUID("id"), row.getUUID("plan_id"), row.getUUID("organisation_id"),
                row.getString("organisation_name"), row.getString("recommendation_number"),
                row.getString("sub_point_ref"), row.getString("description"), row.getString("owner_name"),
                row.getString("owner_email"), row.getString("executive_lead_email"),
                row.getLocalDate("target_date"), row.getString("status"),
                row.getOffsetDateTime("latest_update_at"), row.getInteger("reporting_interval_days"),
                row.getLocalDate("stale_after"), row.getBoolean("deleted"), row.getLong("version"));
    }

    /** Runs a statement of the current transaction whose {@code returning} clause names what it changed. */
    private static Uni<Boolean> returnsAny(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Object> statement = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                statement.setParameter(i + 1, parameters[i]);
            }
            return statement.getResultList();
        }).map(changed -> !changed.isEmpty());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
