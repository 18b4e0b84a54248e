package org.actiontracker.support.database;

import io.quarkus.logging.LoggingFilter;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the "IllegalStateException: Result is already complete" that the Vert.x SQL pool throws from
 * its connection-timeout timer for every query whose connection could not be acquired
 * (eclipse-vertx/vertx-sql-client#1706): hundreds of them while PostgreSQL is away, and for 30 s
 * after it is back. The outage itself is logged once by DatabaseOutage; this says nothing new.
 */
@LoggingFilter(name = "sql-pool-timer-bug")
public final class SqlPoolTimerBugFilter implements Filter {

    private static final String POOL_CLASS = "io.vertx.sqlclient.impl.pool.SqlConnectionPool";

    @Override
    public boolean isLoggable(LogRecord record) {
        return !isPoolTimerBug(record.getThrown());
    }

    static boolean isPoolTimerBug(Throwable thrown) {
        if (!(thrown instanceof IllegalStateException) || !"Result is already complete".equals(thrown.getMessage())) {
            return false;
        }
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith(POOL_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
