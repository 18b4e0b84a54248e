package org.actiontracker.plan.web;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.UUID;

/** What the pages show and how a signed-in person's token maps onto an {@link org.actiontracker.plan.security.Actor}. */
@ConfigMapping(prefix = "web")
public interface WebConfig {

    /** The source (report) whose national matrix and recommendations the pages show. */
    UUID sourceId();

    /** Whether a TLS proxy serves the pages: their cookies are then marked Secure. */
    boolean behindTls();

    /** Actions due within this many days are "due soon" on "My actions". */
    int dueSoonDays();

    /** The national matrix as rendered, kept for those who see the same one (web.MatrixPageCache). */
    MatrixCache matrixCache();

    /** Claim names of the identity provider's ID token. */
    Claims claims();

    interface MatrixCache {

        /**
         * A rendered matrix is rendered again after this long even if no change was heard of: whether an action is
         * stale depends on the time of day, not on a change.
         */
        Duration maxAge();

        /** How many renderings (audiences times filters) are kept. */
        int maxEntries();
    }

    interface Claims {

        /** The organisation: its id, or its code (as forces' identity providers know it). */
        String organisation();

        /** The display name, the author of updates. */
        String name();

        /** The e-mail address, which "My actions" matches action owners by. */
        String email();
    }
}
