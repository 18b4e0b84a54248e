package org.actiontracker.plan.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one precision of every timestamp the service records and answers: microseconds, as PostgreSQL stores them, so
 * that a POST's answer, a later GET and the event all carry the same instant.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
