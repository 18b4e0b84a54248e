package org.actiontracker.notification.domain;

public enum DigestFrequency {
    DAILY,
    WEEKLY
}
