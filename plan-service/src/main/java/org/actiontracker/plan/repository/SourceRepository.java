package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.Source;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {
}
