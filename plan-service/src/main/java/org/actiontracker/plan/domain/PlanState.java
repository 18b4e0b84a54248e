package org.actiontracker.plan.domain;

/** Drafts are visible to their organisation only; published plans are public. */
public enum PlanState {
    DRAFT,
    PUBLISHED
}
