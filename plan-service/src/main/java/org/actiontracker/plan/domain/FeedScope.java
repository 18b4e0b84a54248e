package org.actiontracker.plan.domain;

/** What a calendar feed lists. */
public enum FeedScope {
    /** The dates of one organisation's published plans. */
    ORGANISATION,
    /** The target dates of the actions one e-mail address owns, with their plans' and recommendations' deadlines. */
    OWNER
}
