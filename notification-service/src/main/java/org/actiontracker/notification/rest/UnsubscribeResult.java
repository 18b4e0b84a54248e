package org.actiontracker.notification.rest;

import java.time.OffsetDateTime;

public record UnsubscribeResult(String email, OffsetDateTime unsubscribedAt, String message) {
}
