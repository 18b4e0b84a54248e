package org.actiontracker.notification.rest;

/** The {@code type} URIs of this service's problem details. */
public final class ProblemTypes {

    private static final String PREFIX = "urn:actiontracker:problem:";

    public static final String INVALID_REQUEST = PREFIX + "invalid-request";
    public static final String MALFORMED_BODY = PREFIX + "malformed-body";
    public static final String UNAUTHENTICATED = PREFIX + "unauthenticated";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String CONFLICT = PREFIX + "conflict";
    public static final String HTTP = PREFIX + "http";
    public static final String INTERNAL = PREFIX + "internal";

    private ProblemTypes() {
    }
}
