package org.actiontracker.plan.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {

    /** Reads its own organisation's plans, drafts included. */
    public static final String VIEWER = "viewer";
    /** Writes its own organisation's plans, actions and updates. */
    public static final String EDITOR = "editor";
    /** Manages organisations, sources and recommendations; reads and writes everything. */
    public static final String ADMIN = "admin";
    /** The national coordinator: reads every organisation. */
    public static final String NATIONAL = "national";

    private Roles() {
    }
}
