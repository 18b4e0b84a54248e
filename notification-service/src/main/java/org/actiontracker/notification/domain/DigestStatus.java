package org.actiontracker.notification.domain;

/** The life of one digest email; only SENT means the SMTP server accepted it. */
public enum DigestStatus {
    SENDING,
    PENDING,
    SENT,
    FAILED,
    CANCELLED
}
