package org.actiontracker.notification.support;

import org.actiontracker.infra.DevTokens;

/** Bearer tokens signed with local-infra's dev key, which the test profile trusts. */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return DevTokens.mint("admin-1", "Ada Admin", "ada.admin@example.org", null, "admin");
    }

    /** A recipient who is not an admin. */
    public static String recipient(String email) {
        return DevTokens.mint("user-" + email, "Recipient", email, null, "editor");
    }
}
