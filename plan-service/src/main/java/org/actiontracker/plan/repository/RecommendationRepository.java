package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.Recommendation;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {
}
