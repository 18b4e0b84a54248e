package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One recommendation of a source, numbered as published ("7", "28"). */
@Entity
@Table(name = "recommendation")
public class Recommendation extends TrackedEntity {

    @Column(name = "source_id", nullable = false, updatable = false)
    public UUID sourceId;

    @Column(nullable = false)
    public String number;

    /** Order within the source, so "10" sorts after "9". */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    @Convert(converter = JsonListConverter.Strings.class)
    @Column(nullable = false)
    public List<String> addressees = new ArrayList<>();

    /** As the report states it; {@link #deadline} is the date it gives, kept so lists sort and filter by it. */
    @Embedded
    public DeadlineRule deadlineRule = DeadlineRule.none();

    /** The date {@link #deadlineRule} gives for the source's publication date; recomputed when that changes. */
    public LocalDate deadline;

    /** How {@link #deadline} was reached ("56 days after publication on 2024-09-27"). */
    @Column(name = "deadline_derivation")
    public String deadlineDerivation;

    @Convert(converter = JsonListConverter.SubPoints.class)
    @Column(name = "sub_points", nullable = false)
    public List<SubPoint> subPoints = new ArrayList<>();

    /** Applies a rule and the date it gives for a source published on {@code publishedOn}. */
    public void applyDeadline(DeadlineRule rule, LocalDate publishedOn) {
        deadlineRule = rule;
        deadline = rule.dueOn(publishedOn);
        deadlineDerivation = rule.derivation(publishedOn);
    }

    public boolean hasSubPoint(String ref) {
        return subPoints.stream().anyMatch(subPoint -> subPoint.ref().equals(ref));
    }
}
