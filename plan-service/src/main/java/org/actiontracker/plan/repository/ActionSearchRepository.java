package org.actiontracker.plan.repository;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.JsonListConverter;
import org.actiontracker.plan.domain.Person;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.domain.Rag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Pages of actions by filter, in one SQL round trip that also counts the matches. Listing actions
 * is the API's busiest read (dashboards, boards, the national view), so it skips the session:
 * rows become detached {@link Action}s without hydration, dirty tracking or query translation.
 */
@ApplicationScoped
public class ActionSearchRepository {

    /** Entity attribute (as sorted by the API) to column. */
    private static final Map<String, String> COLUMNS = Map.of("position", "position", "targetDate", "target_date",
            "latestUpdateAt", "latest_update_at", "status", "status", "recommendationNumber", "recommendation_number",
            "updatedAt", "updated_at", "createdAt", "created_at", "id", "id");
    private static final String SELECT = "select a.id, a.plan_id, a.organisation_id, a.recommendation_id,"
            + " a.recommendation_number, a.sub_point_ref, a.position, a.description, a.owner_name, a.owner_role,"
            + " a.owner_email, a.target_date, a.status, a.status_label, a.rag, a.percent_complete, a.documents,"
            + " a.latest_update_at, a.created_at, a.created_by, a.updated_at, a.updated_by, a.version,"
            + " r.computed_rag, count(*) over () as total";
    /**
     * The computed RAG of each row, by the rules of {@link RagCriteria} bound as $1 to $5 (today, then the
     * thresholds): the same rules as the service's RagRules, which a test holds it to.
     */
    private static final String FROM = " from action a join plan p on p.id = a.plan_id"
            + " cross join lateral (select $1::date - (coalesce(a.latest_update_at, a.created_at) at time zone 'UTC')::date"
            + " as since_activity) activity"
            + " cross join lateral (select case"
            + " when a.status in ('COMPLETE', 'CLOSED') then null"
            + " when a.target_date < $1::date or activity.since_activity > $2::int * p.reporting_interval_days"
            + " then 'RED'"
            + " when (a.target_date - $1::date <= $4::int and coalesce(a.percent_complete, 0) < $5::int)"
            + " or activity.since_activity > $3::int * p.reporting_interval_days then 'AMBER'"
            + " else 'GREEN' end as computed_rag) r";
    private static final String MISMATCH = "(a.rag is not null and r.computed_rag is not null"
            + " and a.rag <> r.computed_rag)";
    private static final JsonListConverter.Documents DOCUMENTS = new JsonListConverter.Documents();

    /**
     * Which plans' actions a caller may see.
     *
     * @param everything        every plan, drafts included
     * @param draftsOfOrganisation besides published plans, the drafts of this organisation (may be null)
     */
    public record ReadScope(boolean everything, UUID draftsOfOrganisation) {
        public static final ReadScope EVERYTHING = new ReadScope(true, null);
    }

    /** A page of matching actions and how many match in all. */
    public record Page(List<Action> items, long total) {
    }

    private final Pool pool;

    public ActionSearchRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page> find(ActionFilter filter, ReadScope scope, RagCriteria rag, Sort sort, int page, int size) {
        List<String> where = new ArrayList<>();
        Tuple params = Tuple.of(rag.today(), rag.redAfterIntervalsWithoutUpdate(),
                rag.amberAfterIntervalsWithoutUpdate(), rag.amberDueWithinDays(), rag.amberBelowPercentComplete());
        narrow(filter, scope, where, params);
        String conditions = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        params.addInteger(size).addLong((long) page * size);
        String sql = SELECT + FROM + conditions + orderBy(sort) + " limit $" + (params.size() - 1) + " offset $"
                + params.size();
        return pool.preparedQuery(sql).execute(params).chain(rows -> {
            List<Action> items = new ArrayList<>(rows.size());
            long total = 0;
            for (Row row : rows) {
                items.add(toAction(row));
                total = row.getLong(row.size() - 1); // the window count, selected last
            }
            if (!items.isEmpty() || page == 0) {
                return Uni.createFrom().item(new Page(items, total));
            }
            // Past the last page the window count has no row to ride on.
            Tuple countParams = Tuple.tuple();
            for (int i = 0; i < params.size() - 2; i++) {
                countParams.addValue(params.getValue(i));
            }
            return pool.preparedQuery("select count(*)" + FROM + conditions).execute(countParams)
                    .map(RowSet::iterator)
                    .map(it -> new Page(items, it.next().getLong(0)));
        });
    }

    private static void narrow(ActionFilter filter, ReadScope scope, List<String> where, Tuple params) {
        if (filter.planId() != null) {
            where.add("a.plan_id = " + bind(params, filter.planId()));
        }
        if (filter.organisationId() != null) {
            where.add("a.organisation_id = " + bind(params, filter.organisationId()));
        }
        if (filter.ownerEmail() != null && !filter.ownerEmail().isBlank()) {
            where.add("lower(a.owner_email) = " + bind(params, filter.ownerEmail().trim().toLowerCase()));
        }
        if (!filter.statuses().isEmpty()) {
            where.add("a.status = any(" + bind(params, filter.statuses().stream().map(ActionStatus::name)
                    .toArray(String[]::new)) + ")");
        }
        if (!filter.rags().isEmpty()) {
            where.add("a.rag = any(" + bind(params, filter.rags().stream().map(Rag::name).toArray(String[]::new))
                    + ")");
        }
        if (filter.recommendationNumber() != null && !filter.recommendationNumber().isBlank()) {
            where.add("a.recommendation_number = " + bind(params, filter.recommendationNumber()));
        }
        if (filter.targetBefore() != null) {
            where.add("a.target_date < " + bind(params, filter.targetBefore()));
        }
        if (filter.targetAfter() != null) {
            where.add("a.target_date > " + bind(params, filter.targetAfter()));
        }
        if (filter.noUpdateSince() != null) {
            String since = bind(params, filter.noUpdateSince().atStartOfDay().atOffset(ZoneOffset.UTC));
            where.add("(a.latest_update_at is null or a.latest_update_at < " + since + ")");
        }
        if (filter.ragMismatch() != null) {
            where.add(filter.ragMismatch() ? MISMATCH : "not " + MISMATCH);
        }
        if (!scope.everything()) {
            String published = "exists (select 1 from plan p where p.id = a.plan_id and p.state = "
                    + bind(params, PlanState.PUBLISHED.name()) + ")";
            where.add(scope.draftsOfOrganisation() == null ? published
                    : "(a.organisation_id = " + bind(params, scope.draftsOfOrganisation()) + " or " + published + ")");
        }
    }

    private static String bind(Tuple params, Object value) {
        params.addValue(value);
        return "$" + params.size();
    }

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        for (Sort.Column column : sort.getColumns()) {
            String name = COLUMNS.get(column.getName());
            if (name == null) {
                throw new IllegalArgumentException("Actions cannot be sorted by " + column.getName());
            }
            terms.add("a." + name + (column.getDirection() == Sort.Direction.Descending ? " desc" : " asc"));
        }
        return " order by " + String.join(", ", terms);
    }

    /** Reads the columns by position, in the order of {@link #SELECT}: lookups by name cost a scan each. */
    private static Action toAction(Row row) {
        int column = 0;
        Action action = new Action();
        action.id = row.getUUID(column++);
        action.planId = row.getUUID(column++);
        action.organisationId = row.getUUID(column++);
        action.recommendationId = row.getUUID(column++);
        action.recommendationNumber = row.getString(column++);
        action.subPointRef = row.getString(column++);
        action.position = row.getInteger(column++);
        action.description = row.getString(column++);
        String ownerName = row.getString(column++);
        String ownerRole = row.getString(column++);
        String ownerEmail = row.getString(column++);
        // As Hibernate does for an embeddable: all columns null means no owner.
        action.owner = ownerName == null && ownerRole == null && ownerEmail == null ? null
                : new Person(ownerName, ownerRole, ownerEmail);
        action.targetDate = row.getLocalDate(column++);
        action.status = ActionStatus.valueOf(row.getString(column++));
        action.statusLabel = row.getString(column++);
        String rag = row.getString(column++);
        action.rag = rag == null ? null : Rag.valueOf(rag);
        action.percentComplete = row.getInteger(column++);
        action.documents = DOCUMENTS.convertToEntityAttribute(row.getString(column++));
        action.latestUpdateAt = instant(row.getOffsetDateTime(column++));
        action.createdAt = instant(row.getOffsetDateTime(column++));
        action.createdBy = row.getString(column++);
        action.updatedAt = instant(row.getOffsetDateTime(column++));
        action.updatedBy = row.getString(column++);
        action.version = row.getLong(column++);
        String computedRag = row.getString(column);
        action.computedRag = computedRag == null ? null : Rag.valueOf(computedRag);
        return action;
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
