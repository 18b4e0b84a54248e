package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.Organisation;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {
}
