package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.ActionUpdateRevision;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActionUpdateRevisionRepository
        implements PanacheRepositoryBase<ActionUpdateRevision, ActionUpdateRevision.Key> {

    public Uni<List<ActionUpdateRevision>> listOf(UUID updateId) {
        return list("key.updateId = ?1 order by key.revision", updateId);
    }
}
