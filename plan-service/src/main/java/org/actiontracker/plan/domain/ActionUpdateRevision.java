package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An earlier text of an update, kept when the update is edited. */
@Entity
@Table(name = "action_update_revision")
public class ActionUpdateRevision {

    @EmbeddedId
    public Key key;

    public String period;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_role")
    public String authorRole;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status")
    public ActionStatus newStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_rag")
    public Rag newRag;

    @Column(name = "new_percent_complete")
    public Integer newPercentComplete;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "replaced_at", nullable = false)
    public Instant replacedAt;

    @Column(name = "replaced_by", nullable = false)
    public String replacedBy;

    /** Copies the update as it stands, before an edit replaces it. */
    public static ActionUpdateRevision of(ActionUpdate update, String replacedBy, Instant replacedAt) {
        ActionUpdateRevision revision = new ActionUpdateRevision();
        revision.key = new Key(update.id, update.revision);
        revision.period = update.period;
        revision.reportedOn = update.reportedOn;
        revision.authorName = update.authorName;
        revision.authorRole = update.authorRole;
        revision.text = update.text;
        revision.newStatus = update.newStatus;
        revision.newRag = update.newRag;
        revision.newPercentComplete = update.newPercentComplete;
        revision.recordedAt = update.updatedAt;
        revision.replacedAt = replacedAt;
        revision.replacedBy = replacedBy;
        return revision;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "update_id")
        public UUID updateId;

        public int revision;

        public Key() {
        }

        public Key(UUID updateId, int revision) {
            this.updateId = updateId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && revision == other.revision && Objects.equals(updateId, other.updateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(updateId, revision);
        }
    }
}
