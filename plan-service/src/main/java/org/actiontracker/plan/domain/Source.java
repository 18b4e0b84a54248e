package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A report that makes recommendations, such as a super-complaint investigation. */
@Entity
@Table(name = "source")
public class Source extends TrackedEntity {

    @Column(nullable = false)
    public String title;

    public String publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind kind = SourceKind.OTHER;
}
