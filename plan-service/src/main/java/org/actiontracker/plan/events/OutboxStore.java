package org.actiontracker.plan.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.config.OutboxConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox table as the relay sees it, over a database session of the relay's own, used by its
 * thread only: its reads and updates never wait behind HTTP requests for a pooled connection or
 * an event loop. When the session breaks, the next call opens another.
 */
@ApplicationScoped
public class OutboxStore {

    private static final Logger LOG = Logger.getLogger(OutboxStore.class);
    /** Names the relay's session in pg_stat_activity. */
    static final String APPLICATION_NAME = "plan-service outbox relay";
    private static final int PURGE_WINDOW = 200;
    private static final Duration PURGE_PAUSE = Duration.ofSeconds(1);
    private static final Duration PURGE_CATCH_UP = Duration.ofMillis(100);

    private final OutboxConfig config;
    private final PGSimpleDataSource database;

    /** The relay's session, holding the advisory lock while it leads; null while disconnected. */
    private Connection connection;
    private boolean databaseUnreachable;
    private long nextPurge = System.nanoTime();

    public OutboxStore(OutboxConfig config,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String databaseUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") String username,
                       @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.config = config;
        this.database = new PGSimpleDataSource();
        database.setURL(databaseUrl);
        database.setUser(username);
        database.setPassword(password);
        database.setApplicationName(APPLICATION_NAME);
        database.setTcpKeepAlive(true);
        // Marking rows sent need not wait for the WAL flush: a crash can only forget the last marks, and
        // their rows are then handled as after any crash between the acknowledgement and the mark (found on
        // Kafka by the relay taking the lead, or published again with the same event ids). The next round
        // starts that much sooner.
        database.setOptions("-c synchronous_commit=off");
        // Without it a server that stops answering would hold publication up for good instead of
        // making the relay reconnect. No statement of the relay comes near it.
        database.setSocketTimeout(30);
    }

    /** The relay's session, connecting first if it has none. */
    Connection session() throws SQLException {
        if (connection != null) {
            return connection;
        }
        try {
            connection = database.getConnection();
        } catch (SQLException e) {
            if (!databaseUnreachable) {
                LOG.warnf("Outbox relay cannot connect to PostgreSQL (%s); events wait in the outbox,"
                        + " retrying every %s", e.getMessage(), config.pollInterval());
            }
            databaseUnreachable = true;
            throw e;
        }
        if (databaseUnreachable) {
            LOG.info("Outbox relay reconnected to PostgreSQL");
        }
        databaseUnreachable = false;
        return connection;
    }

    /** Drops a session that failed; the next {@link #session()} opens another. */
    void sessionFailed(SQLException cause) {
        if (!databaseUnreachable) {
            LOG.warnf("Outbox relay's PostgreSQL session failed (%s); reconnecting", cause.getMessage());
            databaseUnreachable = true;
        }
        close();
    }

    void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the outbox relay's connection: %s", e.getMessage());
            }
            connection = null;
        }
    }

    /** The oldest unsent rows, in position order. */
    List<OutboxRow> unsent(int limit) throws SQLException {
        List<OutboxRow> batch = new ArrayList<>();
        try (PreparedStatement statement = session().prepareStatement(
                "select position, event_id, created_at, partition_key, topic, payload, traceparent"
                        + " from outbox_event where sent_at is null order by position limit ?")) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    batch.add(new OutboxRow(rows.getLong("position"), rows.getString("event_id"),
                            rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rows.getString("partition_key"), rows.getString("topic"), rows.getString("payload"),
                            rows.getString("traceparent")));
                }
            }
        }
        return batch;
    }

    void markSent(List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        Connection session = session();
        try (PreparedStatement statement = session.prepareStatement(
                "update outbox_event set sent_at = now() where position = any(?)")) {
            statement.setArray(1, session.createArrayOf("bigint", positions.toArray()));
            statement.executeUpdate();
        }
    }

    /**
     * Deletes the published rows past their retention among the oldest {@value #PURGE_WINDOW}, one short statement
     * between two rounds: it holds publication up by milliseconds, however many rows are due. Reading only the
     * oldest rows (rather than every row by sent_at, which has no index) keeps it cheap when nothing is due; rows are
     * marked sent in position order, so those are the ones whose retention ends first.
     */
    void purgeSent() throws SQLException {
        if (System.nanoTime() - nextPurge < 0) {
            return;
        }
        int deleted;
        try (PreparedStatement statement = session().prepareStatement("delete from outbox_event where position in"
                + " (select position from (select position, sent_at from outbox_event order by position limit ?)"
                + " oldest where sent_at < ?)")) {
            statement.setInt(1, PURGE_WINDOW);
            statement.setObject(2, OffsetDateTime.now().minus(config.retention()));
            deleted = statement.executeUpdate();
        }
        // A whole window deleted means more are probably due: come back soon, between later rounds.
        nextPurge = System.nanoTime() + (deleted == PURGE_WINDOW ? PURGE_CATCH_UP : PURGE_PAUSE).toNanos();
    }

    /**
     * An unsent event as stored: its envelope lacks the sequence, known once the row had a position, and the trace
     * context of its publication; {@code traceparent} is the recording request's, null when it was not traced.
     */
    record OutboxRow(long position, String eventId, Instant createdAt, String partitionKey, String topic,
                     String payload, String traceparent) {
    }
}
