package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.CalendarFeed;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    /** The feed the token opens, or null when none does or it was revoked. */
    public Uni<CalendarFeed> findActiveByTokenHash(byte[] tokenHash) {
        return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResult();
    }

    /** The feeds the subject created and has not revoked, newest first. */
    public Uni<List<CalendarFeed>> listActiveCreatedBy(String subject) {
        return list("createdBy = ?1 and revokedAt is null order by createdAt desc, id", subject);
    }

    /** Who created the feed, or null when there is none with this id. */
    public Uni<String> creatorOf(UUID id) {
        return find("select createdBy from CalendarFeed where id = ?1", id).project(String.class).firstResult();
    }
}
