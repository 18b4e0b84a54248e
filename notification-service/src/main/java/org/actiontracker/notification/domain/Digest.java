package org.actiontracker.notification.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One email to one recipient, grouping the alerts of a scan. Written by set-based SQL, read here. */
@Entity
@Table(name = "digest")
public class Digest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_email", nullable = false)
    public String recipientEmail;

    @Column(name = "scan_id", nullable = false)
    public UUID scanId;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DigestStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    public String subject;

    @Column(name = "item_count")
    public Integer itemCount;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
