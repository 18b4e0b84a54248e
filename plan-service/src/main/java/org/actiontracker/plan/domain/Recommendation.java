package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

    public LocalDate deadline;

    @Convert(converter = JsonListConverter.SubPoints.class)
    @Column(name = "sub_points", nullable = false)
    public List<SubPoint> subPoints = new ArrayList<>();

    public boolean hasSubPoint(String ref) {
        return subPoints.stream().anyMatch(subPoint -> subPoint.ref().equals(ref));
    }
}
