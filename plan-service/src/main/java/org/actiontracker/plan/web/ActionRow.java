package org.actiontracker.plan.web;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One action as a page shows it. {@code ownerEmail} is null unless the viewer may read the organisation's
 * addresses (as the API would show them).
 *
 * @param status      the canonical status, for colours and filters
 * @param statusLabel the organisation's own words for it
 */
public record ActionRow(UUID id, UUID planId, String planTitle, String organisationName, String recommendationNumber,
                        String subPointRef, String description, String status, String statusLabel, String rag,
                        Integer percentComplete, LocalDate targetDate, boolean overdue, boolean stale,
                        boolean dueSoon, LatestUpdate latestUpdate, String ownerName, String ownerEmail,
                        long version) {

    /** The most recent progress update, dated by the day it reports on (or was recorded). */
    public record LatestUpdate(LocalDate on, String period, String text) {
    }

    public String ragClass() {
        return rag == null ? "none" : rag.toLowerCase();
    }

    public String ragText() {
        return rag == null ? "No RAG" : rag.charAt(0) + rag.substring(1).toLowerCase();
    }
}
