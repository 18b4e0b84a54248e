package org.actiontracker.notification.domain;

/** Why a recipient gets an alert: they own the action, or they lead the plan and it was escalated. */
public enum RecipientRole {
    OWNER,
    EXECUTIVE_LEAD
}
