package org.actiontracker.plan.web;

import io.smallrye.config.ConfigMapping;

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

    /** Claim names of the identity provider's ID token. */
    Claims claims();

    interface Claims {

        /** The organisation: its id, or its code (as forces' identity providers know it). */
        String organisation();

        /** The display name, the author of updates. */
        String name();

        /** The e-mail address, which "My actions" matches action owners by. */
        String email();
    }
}
