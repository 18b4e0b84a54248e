package org.actiontracker.notification.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One alert of a digest about to be sent: the alert as raised, and the action as it is now, so
 * that alerts overtaken by events are left out and the rest show the latest details.
 *
 * @param planTitle         null until the plan's own event has been seen
 * @param targetDate        the target date the alert was raised for
 * @param currentTargetDate the action's target date now
 * @param staleAfter        the last day the action counts as up to date, now
 */
public record DigestItem(
        UUID notificationId,
        UUID actionId,
        UUID planId,
        String planTitle,
        AlertKind kind,
        int threshold,
        LocalDate targetDate,
        RecipientRole recipientRole,
        boolean escalated,
        String organisationName,
        String recommendationNumber,
        String subPointRef,
        String description,
        String ownerName,
        String ownerEmail,
        OffsetDateTime latestUpdateAt,
        boolean actionStillOpen,
        LocalDate currentTargetDate,
        LocalDate staleAfter) {

    /**
     * Completing, closing or deleting the action, moving its date or posting an update silences the
     * alert; so does the deadline passing before a waiting (weekly) digest goes out, as the overdue
     * alert then takes over.
     */
    public boolean overtakenBy(LocalDate digestDay) {
        if (!actionStillOpen) {
            return true;
        }
        return switch (kind) {
            case OVERDUE -> !Objects.equals(targetDate, currentTargetDate);
            case DEADLINE_APPROACHING -> !Objects.equals(targetDate, currentTargetDate)
                    || targetDate.isBefore(digestDay);
            case STALE -> staleAfter == null || !staleAfter.isBefore(digestDay);
        };
    }
}
