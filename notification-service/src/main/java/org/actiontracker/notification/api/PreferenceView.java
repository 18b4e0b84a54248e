package org.actiontracker.notification.api;

import org.actiontracker.notification.domain.DigestFrequency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "A recipient's settings")
public record PreferenceView(
        String email,
        @Schema(description = "Days before a target date at which to be told, largest first") List<Integer> leadDays,
        @Schema(description = "Whether leadDays are the service defaults") boolean defaultLeadDays,
        DigestFrequency digestFrequency,
        @Schema(description = "Nothing is sent while muted") boolean muted,
        @Schema(description = "When the recipient unsubscribed through an email link") OffsetDateTime unsubscribedAt,
        OffsetDateTime updatedAt) {
}
