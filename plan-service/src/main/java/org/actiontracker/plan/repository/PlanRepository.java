package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.Plan;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /**
     * The plan, with its organisation read by the same query into the session, where a later
     * lookup of the organisation finds it without another round trip.
     */
    public Uni<Plan> findWithOrganisation(UUID id) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select p, o from Plan p, Organisation o where p.id = :id and o.id = p.organisationId",
                        Object[].class)
                .setParameter("id", id)
                .getSingleResultOrNull())
                .map(row -> row == null ? null : (Plan) row[0]);
    }

    /** The organisation the plan belongs to, or null when there is none with this id. */
    public Uni<UUID> organisationOf(UUID id) {
        return find("select organisationId from Plan where id = ?1", id).project(UUID.class).firstResult();
    }
}
