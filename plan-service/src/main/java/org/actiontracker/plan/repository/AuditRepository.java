package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.AuditEntry;

@ApplicationScoped
@WithSession
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {
}
