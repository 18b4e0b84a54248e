package org.actiontracker.notification.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One alert about one action to one recipient: a row of the ledger. Written by the scan's
 * set-based SQL, read here for the history.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertKind kind;

    @Column(nullable = false)
    public int threshold;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "recipient_email", nullable = false)
    public String recipientEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false)
    public RecipientRole recipientRole;

    @Column(nullable = false)
    public boolean escalated;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "digest_id")
    public Digest digest;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public NotificationStatus status() {
        if (cancelledAt != null) {
            return NotificationStatus.CANCELLED;
        }
        return digest == null ? NotificationStatus.QUEUED : NotificationStatus.valueOf(digest.status.name());
    }
}
