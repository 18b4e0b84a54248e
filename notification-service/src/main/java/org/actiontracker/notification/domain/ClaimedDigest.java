package org.actiontracker.notification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A digest this instance holds the claim on, with the alerts it carries. */
public record ClaimedDigest(UUID id, String recipientEmail, LocalDate asOf, List<DigestItem> items) {
}
