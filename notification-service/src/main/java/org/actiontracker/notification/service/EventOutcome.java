package org.actiontracker.notification.service;

/** What consuming one record did to the view. */
public enum EventOutcome {
    /** The snapshot was newer and is now in the view. */
    APPLIED,
    /** This event id was processed before: a redelivery. */
    DUPLICATE,
    /** The view already holds this version or a newer one. */
    OUTDATED,
    /** An event type this service has no use for. */
    IGNORED,
    /** Not a CloudEvent, or its data does not match the contract: skipped. */
    MALFORMED;

    public String tag() {
        return name().toLowerCase();
    }
}
