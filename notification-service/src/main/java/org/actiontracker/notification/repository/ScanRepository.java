package org.actiontracker.notification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.domain.AlertKind;
import org.actiontracker.notification.domain.DigestPreview;
import org.actiontracker.notification.domain.RecipientRole;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scan as set-based SQL: the due alerts are selected through the covering partial indexes on
 * open actions (index-only), claimed in the ledger with {@code ON CONFLICT DO NOTHING}, and grouped
 * into one digest per recipient, all in one statement, so nothing is claimed without its digest.
 */
@ApplicationScoped
public class ScanRepository {

    /**
     * Parameters: $1 as-of date, $2 organisation or null, $3 default lead days, $4 overdue repeat days,
     * $5 escalation grace days, $6 scan id, $7 ISO day of week of weekly digests, $8 claim token,
     * $9 lease seconds, $10 the claiming instance. Digests are created already claimed by this scan, for it to
     * send them.
     */
    private static final String CLAIM = """
            with due as (
                select a.id, a.target_date, a.owner_email, a.executive_lead_email, 'DEADLINE_APPROACHING' as kind,
                       (select min(lead) from unnest(coalesce(p.lead_days, $3::int[])) as lead
                        where lead >= a.target_date - $1::date) as threshold,
                       false as escalated
                from tracked_action a
                left join recipient_preference p on p.email = coalesce(a.owner_email, a.executive_lead_email)
                where a.open
                  and a.target_date >= $1::date
                  and a.target_date <= $1::date + (select max(lead) from (
                          select unnest($3::int[]) as lead
                          union all select unnest(lead_days) from recipient_preference) as leads)
                  and ($2::uuid is null or a.organisation_id = $2::uuid)
                union all
                select a.id, a.target_date, a.owner_email, a.executive_lead_email, 'OVERDUE',
                       case when $1::date - a.target_date <= $5::int
                            then ($1::date - a.target_date - 1) / $4::int
                            else ($5::int - 1) / $4::int + 1 + ($1::date - a.target_date - $5::int - 1) / $4::int
                       end,
                       $1::date - a.target_date > $5::int
                from tracked_action a
                where a.open and a.target_date < $1::date
                  and ($2::uuid is null or a.organisation_id = $2::uuid)
                union all
                select a.id, a.target_date, a.owner_email, a.executive_lead_email, 'STALE',
                       a.stale_after + 1 + (($1::date - a.stale_after - 1) / a.reporting_interval_days)
                           * a.reporting_interval_days - date '1970-01-01',
                       false
                from tracked_action a
                where a.open and a.stale_after < $1::date
                  and ($2::uuid is null or a.organisation_id = $2::uuid)
            ),
            addressed as (
                select d.id, d.kind, d.threshold, d.target_date, d.escalated,
                       coalesce(d.owner_email, d.executive_lead_email) as recipient_email, 'OWNER' as recipient_role
                from due d
                union all
                select d.id, d.kind, d.threshold, d.target_date, d.escalated, d.executive_lead_email, 'EXECUTIVE_LEAD'
                from due d
                where d.escalated and d.executive_lead_email is not null
                  and d.executive_lead_email <> coalesce(d.owner_email, '')
            ),
            candidate as materialized (
                select r.* from addressed r
                left join recipient_preference p on p.email = r.recipient_email
                where r.recipient_email is not null and r.threshold is not null and not coalesce(p.muted, false)
                  and not exists (
                      select 1 from notification n
                      where n.action_id = r.id and n.kind = r.kind and n.threshold = r.threshold
                        and coalesce(n.target_date, 'infinity'::date) = coalesce(r.target_date, 'infinity'::date)
                        and n.recipient_role = r.recipient_role)
            ),
            new_digest as (
                insert into digest (id, recipient_email, scan_id, as_of, status, attempts, next_attempt_at,
                                    claim_token, lease_until, created_at, claimed_by)
                select gen_random_uuid(), r.recipient_email, $6::uuid, $1::date, 'SENDING', 0, now(),
                       $8::uuid, now() + $9::int * interval '1 second', now(), $10::uuid
                from (select recipient_email from candidate
                      union
                      select recipient_email from notification where digest_id is null and cancelled_at is null
                     ) as r
                left join recipient_preference p on p.email = r.recipient_email
                where not coalesce(p.muted, false)
                  and (coalesce(p.digest_frequency, 'DAILY') = 'DAILY' or extract(isodow from $1::date) = $7::int)
                returning id, recipient_email
            ),
            claimed as (
                insert into notification (id, action_id, kind, threshold, target_date, recipient_email,
                    recipient_role, escalated, as_of, scan_id, digest_id, created_at)
                select gen_random_uuid(), c.id, c.kind, c.threshold, c.target_date, c.recipient_email,
                       c.recipient_role, c.escalated, $1::date, $6::uuid, d.id, now()
                from candidate c
                left join new_digest d on d.recipient_email = c.recipient_email
                -- One order for every scan, so that concurrent scans wait for each other instead of deadlocking.
                order by c.id, c.kind, c.threshold, c.recipient_role
                on conflict (action_id, kind, threshold, coalesce(target_date, 'infinity'::date), recipient_role)
                do nothing
                returning kind, recipient_role
            ),
            -- Alerts that waited for this weekly digest join it.
            attached as (
                update notification n set digest_id = d.id
                from new_digest d
                where n.recipient_email = d.recipient_email and n.digest_id is null and n.cancelled_at is null
            )
            select kind, recipient_role, count(*) as alerts from claimed group by kind, recipient_role""";

    /** A concurrent scan may have claimed every alert a digest was made for. */
    private static final String DROP_EMPTY_DIGESTS = """
            delete from digest d
            where d.scan_id = $1 and not exists (select 1 from notification n where n.digest_id = d.id)""";

    /** A backfill sorts and groups some 100,000 alerts; on disk that takes seconds. */
    private static final String SORT_IN_MEMORY = "set local work_mem = '64MB'";

    private static final String DIGESTS_OF_SCAN = "select id from digest where scan_id = $1";

    private static final String PREVIEW_OF_SCAN = """
            select d.recipient_email, n.action_id, n.kind, n.threshold, n.recipient_role
            from digest d join notification n on n.digest_id = d.id and n.cancelled_at is null
            where d.scan_id = $1
            order by d.recipient_email, n.action_id, n.kind, n.threshold""";

    private final Pool pool;

    public ScanRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<ScanClaim> claim(ScanParameters parameters) {
        return pool.withTransaction(connection -> claimOn(connection, parameters));
    }

    /**
     * What the scan would claim and send, computed by the same statements in a transaction that is
     * rolled back: the ledger and the digests are left as they were, and nothing is sent.
     */
    public Uni<ScanPreview> preview(ScanParameters parameters) {
        return pool.withConnection(connection -> connection.begin().flatMap(transaction ->
                claimOn(connection, parameters)
                        .flatMap(claim -> connection.preparedQuery(PREVIEW_OF_SCAN)
                                .execute(Tuple.of(parameters.scanId()))
                                .map(rows -> new ScanPreview(claim, toPreviews(rows))))
                        .onTermination().call(transaction::rollback)));
    }

    private static Uni<ScanClaim> claimOn(SqlConnection connection, ScanParameters parameters) {
        Tuple params = Tuple.from(Arrays.asList(
                parameters.asOf(), parameters.organisationId(), parameters.defaultLeadDays().toArray(Integer[]::new),
                parameters.overdueRepeatDays(), parameters.escalationGraceDays(), parameters.scanId(),
                parameters.weeklyDigestDay().getValue(), parameters.claimToken(),
                (int) parameters.lease().toSeconds(), parameters.instance()));
        return connection.query(SORT_IN_MEMORY).execute()
                .flatMap(ignored -> connection.preparedQuery(CLAIM).execute(params))
                .flatMap(counts -> connection.preparedQuery(DROP_EMPTY_DIGESTS).execute(Tuple.of(parameters.scanId()))
                        .flatMap(dropped -> connection.preparedQuery(DIGESTS_OF_SCAN)
                                .execute(Tuple.of(parameters.scanId())))
                        .map(digests -> {
                            List<UUID> digestIds = new ArrayList<>();
                            digests.forEach(row -> digestIds.add(row.getUUID("id")));
                            return toClaim(counts, digestIds);
                        }));
    }

    private static List<DigestPreview> toPreviews(Iterable<Row> rows) {
        Map<String, List<DigestPreview.Alert>> byRecipient = new LinkedHashMap<>();
        for (Row row : rows) {
            byRecipient.computeIfAbsent(row.getString("recipient_email"), email -> new ArrayList<>())
                    .add(new DigestPreview.Alert(row.getUUID("action_id"), AlertKind.valueOf(row.getString("kind")),
                            row.getInteger("threshold"), RecipientRole.valueOf(row.getString("recipient_role"))));
        }
        List<DigestPreview> previews = new ArrayList<>();
        byRecipient.forEach((email, alerts) -> previews.add(new DigestPreview(email, alerts)));
        return previews;
    }

    private static ScanClaim toClaim(Iterable<Row> counts, List<UUID> digestIds) {
        Map<AlertKind, Integer> toOwners = new EnumMap<>(AlertKind.class);
        int escalations = 0;
        for (Row row : counts) {
            String kind = row.getString("kind");
            int alerts = row.getLong("alerts").intValue();
            if (RecipientRole.valueOf(row.getString("recipient_role")) == RecipientRole.EXECUTIVE_LEAD) {
                escalations += alerts;
            } else {
                toOwners.merge(AlertKind.valueOf(kind), alerts, Integer::sum);
            }
        }
        return new ScanClaim(toOwners, escalations, digestIds);
    }

    /** A claim that was rolled back, and the digests it would have sent. */
    public record ScanPreview(ScanClaim claim, List<DigestPreview> digests) {
    }

    public record ScanParameters(UUID scanId, LocalDate asOf, UUID organisationId, List<Integer> defaultLeadDays,
                                 int overdueRepeatDays, int escalationGraceDays, DayOfWeek weeklyDigestDay,
                                 UUID claimToken, Duration lease, UUID instance) {
    }

    /** The alerts claimed for owners by kind, the escalated copies, and the digests to send. */
    public record ScanClaim(Map<AlertKind, Integer> alertsByKind, int escalations, List<UUID> digestIds) {

        public int alerts(AlertKind kind) {
            return alertsByKind.getOrDefault(kind, 0);
        }
    }
}
