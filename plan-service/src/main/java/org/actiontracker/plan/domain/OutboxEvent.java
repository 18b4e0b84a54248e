package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to reach Kafka, written in the transaction of the change it describes.
 * {@code position} orders publication and becomes the CloudEvent {@code sequence}.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "partition_key", nullable = false, updatable = false)
    public String partitionKey;

    @Column(nullable = false, updatable = false)
    public String type;

    /** The structured-mode CloudEvent JSON, exactly as it will be published. */
    @Column(nullable = false, updatable = false)
    public String payload;

    /** The W3C traceparent of the request that made the change, the parent of the publication's span; null untraced. */
    @Column(updatable = false)
    public String traceparent;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
