package org.actiontracker.events;

/** Kafka topics carrying the plan events, and the keys that keep each resource's events in order. */
public final class Topics {

    /**
     * Every plan event. Key: the action id for action and update events, the plan id for plan
     * events, the resource's own id otherwise; so the events of one action stay in order.
     */
    public static final String PLAN_EVENTS = "plan-events";

    private Topics() {
    }
}
