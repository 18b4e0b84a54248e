package org.actiontracker.notification.api;

import org.actiontracker.notification.domain.DigestStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A digest email and where its delivery stands")
public record QueuedDigestView(
        UUID id,
        String recipientEmail,
        UUID scanId,
        LocalDate asOf,
        DigestStatus status,
        @Schema(description = "Attempts made at sending it") int attempts,
        @Schema(description = "When it will be tried next (PENDING)") OffsetDateTime nextAttemptAt,
        @Schema(description = "Why the last attempt failed") String lastError,
        String subject,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt) {
}
