package org.actiontracker.plan.events;

import org.actiontracker.infra.PostgresServer;
import org.actiontracker.infra.PostgresTestResource;
import org.actiontracker.plan.events.OutboxStore.OutboxRow;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Direct reads of plan-service's database (audit trail, outbox) and test-only DDL. */
public final class PlanDatabase {

    private PlanDatabase() {
    }

    /** The ids of the events audited for these resources, in the order they were recorded. */
    public static List<String> auditedEventIds(Collection<UUID> resourceIds) {
        return query("select event_id from audit_entry where resource_id = any(?) order by id", resourceIds);
    }

    /** The types of the events audited for this resource, in the order they were recorded. */
    public static List<String> eventTypesAudited(UUID resourceId) {
        return query("select event_type from audit_entry where resource_id = any(?) order by id", List.of(resourceId));
    }

    /** The ids of the outbox rows of these events that Kafka has not acknowledged yet. */
    public static List<String> unsentOutboxEvents(Collection<String> eventIds) {
        return query("select event_id from outbox_event where sent_at is null and event_id = any(?)",
                eventIds.stream().map(UUID::fromString).toList());
    }

    /** The W3C traceparent stored with the outbox row of this event; null when none was. */
    public static String outboxTraceparent(String eventId) {
        List<String> values = query("select traceparent from outbox_event where event_id = any(?)",
                List.of(UUID.fromString(eventId)));
        return values.isEmpty() ? null : values.get(0);
    }

    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    /** The single number a query such as {@code select count(*) ...} answers. */
    public static long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    /**
     * A session of its own holding the relay's advisory lock, as another instance leading would: the relay's session
     * is ended, which frees the lock, and the lock is taken before the relay reconnects. The relay takes the lead
     * again once this session is closed.
     */
    public static Connection sessionHoldingTheRelayLock() throws SQLException {
        Connection session = connect();
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
                execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                        + OutboxStore.APPLICATION_NAME + "'");
                try (PreparedStatement lock = session.prepareStatement("select pg_try_advisory_lock(?)")) {
                    lock.setLong(1, RelayLeadership.ADVISORY_LOCK_KEY);
                    try (ResultSet result = lock.executeQuery()) {
                        return result.next() && result.getBoolean(1);
                    }
                }
            });
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** The unsent outbox rows of these events, in position order, as the relay reads them. */
    static List<OutboxRow> unsentOutboxRows(Collection<String> eventIds) {
        String sql = "select position, event_id, created_at, partition_key, topic, payload, traceparent"
                + " from outbox_event where sent_at is null and event_id = any(?) order by position";
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", eventIds.stream().map(UUID::fromString).toArray()));
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong("position"), result.getString("event_id"),
                            result.getObject("created_at", OffsetDateTime.class).toInstant(),
                            result.getString("partition_key"), result.getString("topic"), result.getString("payload"),
                            result.getString("traceparent")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    private static List<String> query(String sql, Collection<UUID> ids) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        PostgresServer server = PostgresTestResource.server();
        return DriverManager.getConnection(server.jdbcUrl("plans"), server.username(), server.password());
    }
}
