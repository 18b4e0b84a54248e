package org.actiontracker.notification.api;

import org.actiontracker.notification.domain.AlertKind;
import org.actiontracker.notification.domain.NotificationStatus;
import org.actiontracker.notification.domain.RecipientRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "One alert about one action to one recipient")
public record NotificationView(
        UUID id,
        UUID actionId,
        AlertKind kind,
        @Schema(description = "DEADLINE_APPROACHING: lead time in days; OVERDUE: repetition, 0 for the first; "
                + "STALE: the day the reminder fell due, in days since 1970-01-01")
        int threshold,
        LocalDate targetDate,
        String recipientEmail,
        RecipientRole recipientRole,
        @Schema(description = "Overdue past the grace period, so the executive lead was copied") boolean escalated,
        @Schema(description = "The day of the scan that raised it") LocalDate asOf,
        NotificationStatus status,
        UUID digestId,
        OffsetDateTime sentAt,
        OffsetDateTime createdAt) {
}
