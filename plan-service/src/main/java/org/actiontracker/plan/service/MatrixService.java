package org.actiontracker.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.api.MatrixCell;
import org.actiontracker.plan.api.MatrixCounts;
import org.actiontracker.plan.api.MatrixOrganisation;
import org.actiontracker.plan.api.MatrixRecommendation;
import org.actiontracker.plan.api.MatrixResponse;
import org.actiontracker.plan.api.MatrixRow;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.domain.SubPoint;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.support.problem.ApiException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The national picture of a source: every recommendation (and sub-point) against every organisation
 * whose plan the caller may read. Per-action flags and per-recommendation counts are computed by
 * PostgreSQL, in four queries whatever the number of organisations.
 */
@ApplicationScoped
public class MatrixService {

    /**
     * The actions of the source's plans the caller may read: $1 source, $2 reads every plan, $3 the
     * organisation whose drafts it may read too (or null), $4 today, $5 now, $6 the number of the only
     * recommendation wanted (or null for all).
     */
    private static final String VISIBLE_ACTIONS = """
            with visible_plan as (
                select id, organisation_id, reporting_interval_days
                from plan
                where source_id = $1 and ($2::boolean or state = 'PUBLISHED' or organisation_id = $3::uuid)
            ), visible_action as (
                select a.id, a.organisation_id, a.recommendation_id, a.sub_point_ref, a.position, a.status, a.rag,
                       a.target_date, a.latest_update_at,
                       a.status in ('COMPLETE', 'CLOSED') as finished,
                       coalesce(a.status not in ('COMPLETE', 'CLOSED') and a.target_date < $4::date, false)
                           as overdue,
                       a.status not in ('COMPLETE', 'CLOSED')
                           and coalesce(a.latest_update_at, a.created_at)
                               < $5::timestamptz - make_interval(days => p.reporting_interval_days) as stale
                from action a join visible_plan p on p.id = a.plan_id
                where $6::text is null
                   or a.recommendation_id = (select id from recommendation where source_id = $1 and number = $6)
            )
            """;

    private static final String CELLS = VISIBLE_ACTIONS + """
            select a.* from visible_action a join organisation o on o.id = a.organisation_id
            order by o.name, a.position
            """;

    /** An organisation counts once per recommendation, judged by all its actions on it. */
    private static final String COUNTS = VISIBLE_ACTIONS + """
            select recommendation_id, count(*) as organisations,
                   count(*) filter (where complete) as complete,
                   count(*) filter (where not complete and not overdue and not stale and not struggling) as on_track,
                   count(*) filter (where overdue) as overdue,
                   count(*) filter (where stale) as stale
            from (select recommendation_id, organisation_id, bool_and(finished) as complete,
                         bool_or(overdue) as overdue, bool_or(stale) as stale,
                         bool_or(not finished and coalesce(status = 'DELAYED' or rag = 'RED', false)) as struggling
                  from visible_action group by recommendation_id, organisation_id) per_organisation
            group by recommendation_id
            """;

    private static final String ORGANISATIONS = """
            select o.id, o.name, p.id as plan_id, p.state, p.reporting_interval_days
            from plan p join organisation o on o.id = p.organisation_id
            where p.source_id = $1 and ($2::boolean or p.state = 'PUBLISHED' or p.organisation_id = $3::uuid)
            order by o.name
            """;

    private static final String RECOMMENDATIONS = """
            select id, number, text, deadline, sub_points from recommendation
            where source_id = $1 and ($2::text is null or number = $2)
            order by position
            """;

    private static final TypeReference<List<SubPoint>> SUB_POINTS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    public MatrixService(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /**
     * Who sees the same matrix: those who read every plan, those who also read one organisation's drafts, and
     * everybody else, who sees published plans only.
     */
    public record Audience(boolean readsAll, UUID ownDrafts) {
    }

    public Audience audienceOf(Actor actor) {
        boolean readsAll = actor.readsEverything();
        UUID ownDrafts = !readsAll && actor.organisationId() != null
                && actor.readsOrganisation(actor.organisationId()) ? actor.organisationId() : null;
        return new Audience(readsAll, ownDrafts);
    }

    public Uni<MatrixResponse> matrix(UUID sourceId, Actor actor) {
        return matrix(sourceId, actor, null);
    }

    /** The matrix with one recommendation only, as it is now: what a live page needs to redraw its row. */
    public Uni<MatrixResponse> recommendation(UUID sourceId, Actor actor, String number) {
        return matrix(sourceId, actor, number);
    }

    private Uni<MatrixResponse> matrix(UUID sourceId, Actor actor, String onlyNumber) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        Audience audience = audienceOf(actor);
        Tuple visibility = Tuple.of(sourceId, audience.readsAll(), audience.ownDrafts());
        Tuple judged = Tuple.of(sourceId, audience.readsAll(), audience.ownDrafts(), today, now, onlyNumber);
        return pool.preparedQuery("select title from source where id = $1").execute(Tuple.of(sourceId))
                .chain(source -> {
                    if (source.size() == 0) {
                        throw ApiException.notFound("Source", sourceId);
                    }
                    String title = source.iterator().next().getString("title");
                    return Uni.combine().all().unis(
                                    pool.preparedQuery(ORGANISATIONS).execute(visibility),
                                    pool.preparedQuery(RECOMMENDATIONS).execute(Tuple.of(sourceId, onlyNumber)),
                                    pool.preparedQuery(CELLS).execute(judged),
                                    pool.preparedQuery(COUNTS).execute(judged))
                            .with((organisations, recommendations, cells, counts) -> new MatrixResponse(sourceId,
                                    title, today, organisations(organisations),
                                    recommendations(recommendations, cells, counts)));
                });
    }

    private static List<MatrixOrganisation> organisations(RowSet<Row> rows) {
        return stream(rows).map(row -> new MatrixOrganisation(row.getUUID("id"), row.getString("name"),
                row.getUUID("plan_id"), PlanState.valueOf(row.getString("state")),
                row.getInteger("reporting_interval_days"))).toList();
    }

    private List<MatrixRecommendation> recommendations(RowSet<Row> recommendations, RowSet<Row> cells,
                                                       RowSet<Row> counts) {
        Map<UUID, Map<String, List<MatrixCell>>> cellsBySubPoint = new HashMap<>();
        for (Row row : cells) {
            cellsBySubPoint.computeIfAbsent(row.getUUID("recommendation_id"), id -> new HashMap<>())
                    .computeIfAbsent(subPointKey(row.getString("sub_point_ref")), ref -> new ArrayList<>())
                    .add(cell(row));
        }
        Map<UUID, MatrixCounts> countsByRecommendation = new HashMap<>();
        for (Row row : counts) {
            countsByRecommendation.put(row.getUUID("recommendation_id"), new MatrixCounts(
                    row.getLong("organisations").intValue(), row.getLong("complete").intValue(),
                    row.getLong("on_track").intValue(), row.getLong("overdue").intValue(),
                    row.getLong("stale").intValue()));
        }
        return stream(recommendations).map(row -> {
            UUID id = row.getUUID("id");
            return new MatrixRecommendation(row.getString("number"), row.getString("text"),
                    row.getLocalDate("deadline"),
                    countsByRecommendation.getOrDefault(id, new MatrixCounts(0, 0, 0, 0, 0)),
                    rows(subPointRefs(row.getString("sub_points")),
                            cellsBySubPoint.getOrDefault(id, Map.of())));
        }).toList();
    }

    /** The recommendation as a whole first, then its sub-points in published order, then any others. */
    private static List<MatrixRow> rows(List<String> publishedRefs, Map<String, List<MatrixCell>> cellsBySubPoint) {
        Map<String, List<MatrixCell>> ordered = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(cellsBySubPoint.keySet());
        keys.sort(Comparator.comparingInt((String key) -> key.isEmpty() ? -1
                        : publishedRefs.contains(key) ? publishedRefs.indexOf(key) : publishedRefs.size())
                .thenComparing(Comparator.naturalOrder()));
        keys.forEach(key -> ordered.put(key, cellsBySubPoint.get(key)));
        return ordered.entrySet().stream()
                .map(entry -> new MatrixRow(entry.getKey().isEmpty() ? null : entry.getKey(), entry.getValue()))
                .toList();
    }

    private static MatrixCell cell(Row row) {
        String rag = row.getString("rag");
        OffsetDateTime latestUpdate = row.getOffsetDateTime("latest_update_at");
        return new MatrixCell(row.getUUID("organisation_id"), row.getUUID("id"),
                ActionStatus.valueOf(row.getString("status")), rag == null ? null : Rag.valueOf(rag),
                row.getLocalDate("target_date"),
                latestUpdate == null ? null : latestUpdate.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                row.getBoolean("overdue"), row.getBoolean("stale"));
    }

    private List<String> subPointRefs(String subPointsJson) {
        try {
            return json.readValue(subPointsJson, SUB_POINTS).stream().map(SubPoint::ref).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored sub-points are unreadable", e);
        }
    }

    /** Map keys cannot be null: the recommendation as a whole is "". */
    private static String subPointKey(String ref) {
        return ref == null ? "" : ref;
    }

    private static Stream<Row> stream(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false);
    }
}
