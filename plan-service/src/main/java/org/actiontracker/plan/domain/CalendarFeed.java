package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A calendar feed served at {@code /calendar/<token>.ics}. The token is shown once, to its creator; only its
 * SHA-256 hash is stored, so the table alone opens no feed.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    public byte[] tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FeedScope scope;

    /** Set when {@link #scope} is ORGANISATION. */
    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    /** Set when {@link #scope} is OWNER. */
    @Column(name = "owner_email", updatable = false)
    public String ownerEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The token subject of its creator, who alone (with admins) lists and revokes it. */
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Version
    public long version;

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
