package org.actiontracker.plan.events;

import org.actiontracker.infra.DevTokens;

import java.util.UUID;

/** Bearer tokens for clients that are not REST Assured (SSE), minted as {@code Api.as} mints them. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String role, UUID organisationId) {
        return DevTokens.mint(role + "-" + (organisationId == null ? "all" : organisationId), "Test " + role,
                role + "@example.org", organisationId, role);
    }
}
