package org.actiontracker.plan.domain;

/** How a recommendation states its deadline. */
public enum DeadlineRuleKind {
    /** A period after the source's publication ("within 56 days of publication"). */
    RELATIVE,
    /** A calendar date ("by 27 March 2025"). */
    FIXED,
    /** An occasion without a date ("in the 2024-2025 parliamentary session"). */
    EVENT,
    NONE
}
