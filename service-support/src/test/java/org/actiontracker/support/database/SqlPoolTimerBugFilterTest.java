package org.actiontracker.support.database;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class SqlPoolTimerBugFilterTest {

    private final SqlPoolTimerBugFilter filter = new SqlPoolTimerBugFilter();

    @Test
    void thePoolTimersResultAlreadyCompleteIsDropped() {
        assertThat(filter.isLoggable(record(failure("Result is already complete",
                "io.vertx.sqlclient.impl.pool.SqlConnectionPool")))).isFalse();
    }

    @Test
    void theSameMessageFromElsewhereIsKept() {
        assertThat(filter.isLoggable(record(failure("Result is already complete", "org.example.Other")))).isTrue();
    }

    @Test
    void otherPoolFailuresAreKept() {
        assertThat(filter.isLoggable(record(failure("Connection refused",
                "io.vertx.sqlclient.impl.pool.SqlConnectionPool")))).isTrue();
        assertThat(filter.isLoggable(new LogRecord(Level.INFO, "no exception"))).isTrue();
    }

    private static IllegalStateException failure(String message, String thrownBy) {
        IllegalStateException failure = new IllegalStateException(message);
        failure.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.vertx.core.Promise", "fail", "Promise.java", 90),
                new StackTraceElement(thrownBy, "lambda$execute$3", "X.java", 216)});
        return failure;
    }

    private static LogRecord record(Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, "Unhandled exception");
        record.setThrown(thrown);
        return record;
    }
}
