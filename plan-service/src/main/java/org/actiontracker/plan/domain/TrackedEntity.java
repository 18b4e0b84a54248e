package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * What every mutable resource carries: a UUID (so it can travel in events and imports), who
 * created and last changed it, and a version that backs its ETag.
 */
@MappedSuperclass
public abstract class TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** Stamps a new entity before it is first persisted. */
    public void stampCreated(String actor, Instant now) {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = now;
        createdBy = actor;
        stampUpdated(actor, now);
    }

    public void stampUpdated(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }
}
