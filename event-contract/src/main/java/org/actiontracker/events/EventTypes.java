package org.actiontracker.events;

import java.util.List;

/**
 * The CloudEvents {@code type} values plan-service emits. Each names the resource and what
 * happened to it; the {@code *-changed} types are emitted in addition to {@code action.updated}
 * so consumers interested in one field never have to diff snapshots.
 */
public final class EventTypes {

    public static final String PREFIX = "org.actiontracker.";

    public static final String ORGANISATION_CREATED = PREFIX + "organisation.created";
    public static final String ORGANISATION_UPDATED = PREFIX + "organisation.updated";
    public static final String ORGANISATION_DELETED = PREFIX + "organisation.deleted";
    public static final String SOURCE_CREATED = PREFIX + "source.created";
    public static final String SOURCE_UPDATED = PREFIX + "source.updated";
    public static final String SOURCE_DELETED = PREFIX + "source.deleted";
    public static final String RECOMMENDATION_CREATED = PREFIX + "recommendation.created";
    public static final String RECOMMENDATION_UPDATED = PREFIX + "recommendation.updated";
    public static final String RECOMMENDATION_DELETED = PREFIX + "recommendation.deleted";
    public static final String PLAN_CREATED = PREFIX + "plan.created";
    public static final String PLAN_UPDATED = PREFIX + "plan.updated";
    public static final String PLAN_DELETED = PREFIX + "plan.deleted";
    public static final String ACTION_CREATED = PREFIX + "action.created";
    public static final String ACTION_UPDATED = PREFIX + "action.updated";
    public static final String ACTION_DELETED = PREFIX + "action.deleted";
    public static final String ACTION_STATUS_CHANGED = PREFIX + "action.status-changed";
    public static final String ACTION_RAG_CHANGED = PREFIX + "action.rag-changed";
    public static final String ACTION_TARGET_DATE_CHANGED = PREFIX + "action.target-date-changed";
    /** After a write that made the declared RAG differ from the one computed from the action's facts. */
    public static final String ACTION_RAG_MISMATCH = PREFIX + "action.rag-mismatch";
    public static final String UPDATE_RECORDED = PREFIX + "update.recorded";
    public static final String UPDATE_REVISED = PREFIX + "update.revised";
    public static final String UPDATE_WITHDRAWN = PREFIX + "update.withdrawn";

    public static final List<String> ALL = List.of(
            ORGANISATION_CREATED, ORGANISATION_UPDATED, ORGANISATION_DELETED,
            SOURCE_CREATED, SOURCE_UPDATED, SOURCE_DELETED,
            RECOMMENDATION_CREATED, RECOMMENDATION_UPDATED, RECOMMENDATION_DELETED,
            PLAN_CREATED, PLAN_UPDATED, PLAN_DELETED,
            ACTION_CREATED, ACTION_UPDATED, ACTION_DELETED,
            ACTION_STATUS_CHANGED, ACTION_RAG_CHANGED, ACTION_TARGET_DATE_CHANGED, ACTION_RAG_MISMATCH,
            UPDATE_RECORDED, UPDATE_REVISED, UPDATE_WITHDRAWN);

    /** The resource kind a type is about: "action" for "org.actiontracker.action.status-changed". */
    public static String resourceOf(String type) {
        String rest = type.substring(PREFIX.length());
        return rest.substring(0, rest.indexOf('.'));
    }

    private EventTypes() {
    }
}
