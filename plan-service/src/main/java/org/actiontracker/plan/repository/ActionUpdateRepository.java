package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.ActionUpdate;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActionUpdateRepository implements PanacheRepositoryBase<ActionUpdate, UUID> {

    /** The organisation the update belongs to, or null when there is none with this id. */
    public Uni<UUID> organisationOf(UUID id) {
        return find("select organisationId from ActionUpdate where id = ?1", id).project(UUID.class).firstResult();
    }

    /** Every update of the action, withdrawn ones included, oldest first. */
    public Uni<List<ActionUpdate>> historyOf(UUID actionId) {
        return list("actionId = ?1 order by recordedAt, id", actionId);
    }
}
