package org.actiontracker.notification.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** A recipient's own settings; a recipient without a row gets the service defaults. */
@Entity
@Table(name = "recipient_preference")
public class RecipientPreference extends PanacheEntityBase {

    /** Lower case, as every email address in this service. */
    @Id
    public String email;

    /** Days before a target date to be told; null for the service defaults. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_days")
    public Integer[] leadDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_frequency", nullable = false)
    public DigestFrequency digestFrequency = DigestFrequency.DAILY;

    @Column(nullable = false)
    public boolean muted;

    @Column(name = "unsubscribed_at")
    public OffsetDateTime unsubscribedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
