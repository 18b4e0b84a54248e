package org.actiontracker.plan.repository;

import java.time.LocalDate;

/**
 * The computed-RAG rules as the action search applies them in SQL, on {@code today}: staleness depends on
 * the date, so the rating is computed at read time from the stored facts, never stored.
 */
public record RagCriteria(LocalDate today, int redAfterIntervalsWithoutUpdate, int amberAfterIntervalsWithoutUpdate,
                          int amberDueWithinDays, int amberBelowPercentComplete) {
}
