package org.actiontracker.plan.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One line of a plan: what will be done about a recommendation (or one of its sub-points). */
@Entity
@Table(name = "action")
public class Action extends TrackedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    /** Copied from the plan so lists filter and authorise without a join. */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    /** Copied from the recommendation so lists filter by "7" without a join. */
    @Column(name = "recommendation_number", nullable = false)
    public String recommendationNumber;

    @Column(name = "sub_point_ref")
    public String subPointRef;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "owner_name")),
            @AttributeOverride(name = "role", column = @Column(name = "owner_role")),
            @AttributeOverride(name = "email", column = @Column(name = "owner_email"))})
    public Person owner;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status = ActionStatus.NOT_STARTED;

    /** The organisation's own words for the status, verbatim ("In Progress 25%"). */
    @Column(name = "status_label")
    public String statusLabel;

    @Enumerated(EnumType.STRING)
    public Rag rag;

    @Column(name = "percent_complete")
    public Integer percentComplete;

    @Convert(converter = JsonListConverter.Documents.class)
    @Column(nullable = false)
    public List<SupportingDocument> documents = new ArrayList<>();

    @Column(name = "latest_update_at")
    public Instant latestUpdateAt;

    /**
     * The RAG its own facts give today, beside the declared {@link #rag}; never stored, since staleness
     * depends on the day it is read. Null when not rated (finished) or not computed (not for a response).
     */
    @Transient
    public Rag computedRag;
}
