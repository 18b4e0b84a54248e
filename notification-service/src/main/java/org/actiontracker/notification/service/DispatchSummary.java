package org.actiontracker.notification.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one round of sending did with the digests it held. */
@Schema(description = "Digests handled in one round of sending")
public record DispatchSummary(
        @Schema(description = "Accepted by the SMTP server") int sent,
        @Schema(description = "Not accepted; to be retried with backoff") int pending,
        @Schema(description = "Not accepted at the last allowed attempt; retried only through the API") int failed,
        @Schema(description = "Not sent because every item was overtaken (completed, re-dated, updated)") int cancelled) {

    public static final DispatchSummary NONE = new DispatchSummary(0, 0, 0, 0);

    public DispatchSummary plus(DispatchSummary other) {
        return new DispatchSummary(sent + other.sent, pending + other.pending, failed + other.failed,
                cancelled + other.cancelled);
    }
}
