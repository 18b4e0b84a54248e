package org.actiontracker.plan.domain;

import java.time.LocalDate;

/** What kind of report a source is; a super-complaint report obliges a response within a statutory period. */
public enum SourceKind {
    /**
     * A super-complaint investigation report: chief officers and PCCs must respond within 56 days of
     * its publication (Police Super-complaints (Designation and Procedure) Regulations 2018).
     */
    SUPER_COMPLAINT(56),
    INSPECTION(null),
    OTHER(null);

    private final Integer responseDays;

    SourceKind(Integer responseDays) {
        this.responseDays = responseDays;
    }

    /** When a plan answering a source of this kind, published on {@code publishedOn}, is due; null when none. */
    public LocalDate responseDueOn(LocalDate publishedOn) {
        return responseDays == null || publishedOn == null ? null : publishedOn.plusDays(responseDays);
    }
}
