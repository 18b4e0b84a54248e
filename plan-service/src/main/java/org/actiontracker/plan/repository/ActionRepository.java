package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.actiontracker.plan.domain.Action;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActionRepository implements PanacheRepositoryBase<Action, UUID> {

    /**
     * Reads the action and locks its row until the transaction ends, so that concurrent progress
     * updates to one action queue up instead of failing on a stale version.
     */
    public Uni<Action> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Integer> nextPosition(UUID planId) {
        return find("select coalesce(max(position), 0) + 1 from Action where planId = ?1", planId)
                .project(Integer.class).firstResult();
    }

    /** The organisation the action belongs to, or null when there is none with this id. */
    public Uni<UUID> organisationOf(UUID id) {
        return find("select organisationId from Action where id = ?1", id).project(UUID.class).firstResult();
    }
}
