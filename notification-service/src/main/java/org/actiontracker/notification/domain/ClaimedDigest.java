package org.actiontracker.notification.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A digest this instance holds the claim on, with the alerts it carries.
 *
 * @param attemptsInDoubt        earlier attempts that started but whose outcome was never recorded: the SMTP
 *                               server may have accepted one of them, so sending again may deliver a second copy
 * @param lastAttemptStartedAt   when the latest earlier attempt started; null before the first
 */
public record ClaimedDigest(UUID id, String recipientEmail, LocalDate asOf, List<DigestItem> items,
                            int attemptsInDoubt, OffsetDateTime lastAttemptStartedAt) {

    public boolean inDoubt() {
        return attemptsInDoubt > 0;
    }
}
