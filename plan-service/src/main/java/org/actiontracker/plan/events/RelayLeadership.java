package org.actiontracker.plan.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Exactly one instance publishes, which keeps each key's order: the one whose relay session holds
 * a session-level advisory lock. The lock is taken once per session and stays held until the
 * session ends, so a relay whose session ends (crash, network) lets a standby take over.
 */
@ApplicationScoped
public class RelayLeadership {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);
    static final long ADVISORY_LOCK_KEY = 0x6f7574626f78L;

    /** The session the lock was taken on; another session (after a reconnect) must take it again. */
    private Connection leadingSession;
    private boolean standingBy;

    /** Where this session stands, trying to take the lock if it does not lead yet. */
    Lead lead(Connection session) throws SQLException {
        if (session == leadingSession) {
            return Lead.HELD;
        }
        boolean locked;
        try (PreparedStatement statement = session.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                locked = result.getBoolean(1);
            }
        }
        if (!locked) {
            if (!standingBy) {
                LOG.info("Another instance publishes the outbox; this one stands by until it stops");
            }
            standingBy = true;
            return Lead.STANDING_BY;
        }
        standingBy = false;
        leadingSession = session;
        LOG.info("Outbox relay holds the publication lock: this instance publishes the events");
        return Lead.TAKEN;
    }

    enum Lead {
        /** Another session holds the lock. */
        STANDING_BY,
        /**
         * This session has just taken the lock: the previous leader may have stopped between Kafka's acknowledgement
         * and the mark.
         */
        TAKEN,
        /** This session already held the lock. */
        HELD
    }
}
