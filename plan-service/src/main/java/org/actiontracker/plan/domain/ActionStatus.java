package org.actiontracker.plan.domain;

/**
 * The one canonical status scale every organisation's own words map onto (their label is kept
 * verbatim beside it). Order runs from not begun to finished.
 */
public enum ActionStatus {
    NOT_STARTED,
    PENDING,
    UNDER_REVIEW,
    ON_TRACK,
    IN_PROGRESS,
    LIMITED_PROGRESS,
    DELAYED,
    COMPLETE,
    CLOSED;

    /** Complete and closed actions no longer have deadlines that matter. */
    public boolean isFinished() {
        return this == COMPLETE || this == CLOSED;
    }
}
