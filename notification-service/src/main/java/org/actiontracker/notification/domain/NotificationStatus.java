package org.actiontracker.notification.domain;

/** Where one alert stands, as shown in the history: waiting for a weekly digest, or its digest's state. */
public enum NotificationStatus {
    QUEUED,
    SENDING,
    PENDING,
    SENT,
    FAILED,
    CANCELLED
}
