package org.actiontracker.notification.api;

import java.time.OffsetDateTime;

public record UnsubscribeResult(String email, OffsetDateTime unsubscribedAt, String message) {
}
