package org.actiontracker.notification.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.domain.RecipientPreference;

@ApplicationScoped
@WithSession
public class PreferenceRepository implements PanacheRepositoryBase<RecipientPreference, String> {
}
