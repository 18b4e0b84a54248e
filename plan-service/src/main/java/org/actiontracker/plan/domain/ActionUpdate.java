package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A timestamped, attributed progress entry on an action. Edits keep the earlier text as an
 * {@link ActionUpdateRevision}; a delete only withdraws it, so history is never lost.
 */
@Entity
@Table(name = "action_update")
public class ActionUpdate {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false, updatable = false)
    public UUID actionId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    /** When the entry was recorded in this system. */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The period it reports on, as the organisation words it ("March 2025 Update", "Oct 24"). */
    public String period;

    /** The date it reports on, when known. */
    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_role")
    public String authorRole;

    /** The authenticated identity that recorded it. */
    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

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

    /** The evidence it cites. */
    @Convert(converter = JsonListConverter.Documents.class)
    @Column(nullable = false)
    public List<SupportingDocument> documents = new ArrayList<>();

    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Who last edited the text (null until edited): a colleague may correct it, the author stays the author. */
    @Column(name = "updated_by")
    public String updatedBy;

    /** The action's status, label, RAG and percent before this update moved them (each kept only if it did). */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public ActionStatus previousStatus;

    @Column(name = "previous_status_label")
    public String previousStatusLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_rag")
    public Rag previousRag;

    @Column(name = "previous_percent_complete")
    public Integer previousPercentComplete;

    @Version
    public long version;

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
