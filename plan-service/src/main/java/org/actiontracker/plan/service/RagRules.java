package org.actiontracker.plan.service;

import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.config.RagConfig;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.repository.RagCriteria;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The computed RAG of an action from its own facts (see {@link RagConfig} for the rules). The action
 * search applies the same rules in SQL ({@link #criteria(LocalDate)}); a test holds the two together.
 */
public record RagRules(int redAfterIntervalsWithoutUpdate, int amberAfterIntervalsWithoutUpdate,
                       int amberDueWithinDays, int amberBelowPercentComplete) {

    /**
     * What the rating reads.
     *
     * @param lastActivityOn the day of the latest update, or of the action's creation when it has none yet
     */
    public record Facts(LocalDate targetDate, ActionStatus status, Integer percentComplete, LocalDate lastActivityOn) {

        public static Facts of(Action action) {
            return new Facts(action.targetDate, action.status, action.percentComplete,
                    day(action.latestUpdateAt != null ? action.latestUpdateAt : action.createdAt));
        }

        public static Facts of(Snapshots.Action action) {
            return new Facts(action.targetDate(), ActionStatus.valueOf(action.status()), action.percentComplete(),
                    day(action.latestUpdateAt() != null ? action.latestUpdateAt() : action.createdAt()));
        }

        /** The UTC day, as the action search counts it. */
        private static LocalDate day(Instant instant) {
            return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
        }
    }

    public static RagRules of(RagConfig config) {
        return new RagRules(config.redAfterIntervalsWithoutUpdate(), config.amberAfterIntervalsWithoutUpdate(),
                config.amberDueWithinDays(), config.amberBelowPercentComplete());
    }

    /** The rating on {@code today}; null for a COMPLETE or CLOSED action, which is not rated. */
    public Rag rate(Facts facts, int reportingIntervalDays, LocalDate today) {
        if (facts.status().isFinished()) {
            return null;
        }
        long daysWithoutUpdate = facts.lastActivityOn() == null ? 0
                : ChronoUnit.DAYS.between(facts.lastActivityOn(), today);
        boolean pastTarget = facts.targetDate() != null && today.isAfter(facts.targetDate());
        if (pastTarget || daysWithoutUpdate > (long) redAfterIntervalsWithoutUpdate * reportingIntervalDays) {
            return Rag.RED;
        }
        boolean dueSoon = facts.targetDate() != null
                && ChronoUnit.DAYS.between(today, facts.targetDate()) <= amberDueWithinDays;
        int percent = facts.percentComplete() == null ? 0 : facts.percentComplete();
        if ((dueSoon && percent < amberBelowPercentComplete)
                || daysWithoutUpdate > (long) amberAfterIntervalsWithoutUpdate * reportingIntervalDays) {
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }

    /** Declared and computed disagree; an action that declares none, or is not rated, cannot. */
    public static boolean mismatch(Rag declared, Rag computed) {
        return declared != null && computed != null && declared != computed;
    }

    public RagCriteria criteria(LocalDate today) {
        return new RagCriteria(today, redAfterIntervalsWithoutUpdate, amberAfterIntervalsWithoutUpdate,
                amberDueWithinDays, amberBelowPercentComplete);
    }
}
