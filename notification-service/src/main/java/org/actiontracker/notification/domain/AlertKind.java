package org.actiontracker.notification.domain;

/** What an alert says about an action; the order is the order of the sections in a digest. */
public enum AlertKind {
    OVERDUE,
    DEADLINE_APPROACHING,
    STALE
}
