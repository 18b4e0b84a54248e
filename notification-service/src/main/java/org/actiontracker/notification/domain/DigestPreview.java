package org.actiontracker.notification.domain;

import java.util.List;
import java.util.UUID;

/** A digest a dry-run scan would send: to whom, and which alerts it would carry. */
public record DigestPreview(String recipientEmail, List<Alert> alerts) {

    /** threshold: lead days, overdue repetition or stale period, by kind. */
    public record Alert(UUID actionId, AlertKind kind, Integer threshold, RecipientRole recipientRole) {
    }
}
