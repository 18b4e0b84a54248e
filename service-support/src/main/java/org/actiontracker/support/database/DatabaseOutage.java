package org.actiontracker.support.database;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recognises a failure that means PostgreSQL is unreachable, so that it is answered 503 with
 * Retry-After instead of 500, and logged once when the outage starts (with its cause) and once when a
 * probe finds the database again, not once per request.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    /** Connection exceptions (class 08), shutdown or start-up in progress, too many connections. */
    private static final Set<String> UNAVAILABLE_SQL_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Set<String> UNAVAILABLE_CLASS_NAMES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException", "io.vertx.core.net.impl.ConnectionBase$1");
    private static final long PROBE_INTERVAL_MS = 1000;

    private final Pool pool;
    private final Vertx vertx;
    private final int retryAfterSeconds;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong downSince = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public DatabaseOutage(Pool pool, Vertx vertx,
                          @ConfigProperty(name = "api.unavailable-retry-after", defaultValue = "5") int retryAfterSeconds) {
        this.pool = pool;
        this.vertx = vertx;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** True when the failure says the database is unreachable; records the outage (logged once). */
    public boolean explains(Throwable failure) {
        Throwable cause = unavailabilityIn(failure);
        if (cause == null) {
            return false;
        }
        refused.incrementAndGet();
        if (down.compareAndSet(false, true)) {
            downSince.set(System.nanoTime());
            LOG.errorf("PostgreSQL is unreachable (%s: %s); answering 503 until a probe reaches it again",
                    cause.getClass().getName(), cause.getMessage());
            vertx.setTimer(PROBE_INTERVAL_MS, ignored -> probe());
        }
        return true;
    }

    private void probe() {
        pool.query("select 1").execute().subscribe().with(
                rows -> {
                    long seconds = (System.nanoTime() - downSince.get()) / 1_000_000_000L;
                    LOG.infof("PostgreSQL is reachable again after about %d s; %d requests were answered 503",
                            seconds, refused.getAndSet(0));
                    down.set(false);
                },
                stillDown -> vertx.setTimer(PROBE_INTERVAL_MS, ignored -> probe()));
    }

    static Throwable unavailabilityIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException
                    || UNAVAILABLE_CLASS_NAMES.contains(cause.getClass().getName())
                    || (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("Connection reset"))
                    || unavailableSqlState(sqlStateOf(cause))) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static boolean unavailableSqlState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_SQL_STATES.contains(state));
    }

    private static String sqlStateOf(Throwable cause) {
        if (cause instanceof io.vertx.pgclient.PgException pg) {
            return pg.getSqlState();
        }
        if (cause instanceof SQLException sql) {
            return sql.getSQLState();
        }
        return null;
    }
}
