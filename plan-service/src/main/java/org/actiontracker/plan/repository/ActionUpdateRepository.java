package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.ActionUpdate;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActionUpdateRepository implements PanacheRepositoryBase<ActionUpdate, UUID> {
}
