package org.actiontracker.plan.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One organisation's response to one source. */
@Entity
@Table(name = "plan")
public class Plan extends TrackedEntity {

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "source_id", nullable = false, updatable = false)
    public UUID sourceId;

    @Column(nullable = false)
    public String title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "executive_lead_name")),
            @AttributeOverride(name = "role", column = @Column(name = "executive_lead_role")),
            @AttributeOverride(name = "email", column = @Column(name = "executive_lead_email"))})
    public Person executiveLead;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "operational_lead_name")),
            @AttributeOverride(name = "role", column = @Column(name = "operational_lead_role")),
            @AttributeOverride(name = "email", column = @Column(name = "operational_lead_email"))})
    public Person operationalLead;

    @Column(name = "governance_body")
    public String governanceBody;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "version_label")
    public String versionLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanState state = PlanState.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** How often actions are expected to be updated; older entries count as stale. */
    @Column(name = "reporting_interval_days", nullable = false)
    public int reportingIntervalDays = 90;

    /** The statutory response deadline its source sets (a super-complaint's 56 days); null when none. */
    @Column(name = "response_due_on")
    public LocalDate responseDueOn;

    public boolean isPublished() {
        return state == PlanState.PUBLISHED;
    }
}
