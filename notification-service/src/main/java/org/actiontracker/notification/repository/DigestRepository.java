package org.actiontracker.notification.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.domain.Digest;
import org.actiontracker.notification.domain.DigestStatus;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class DigestRepository implements PanacheRepositoryBase<Digest, UUID> {

    public Uni<List<Digest>> findByStatus(Collection<DigestStatus> statuses, int page, int size) {
        return find("status in ?1", Sort.by("nextAttemptAt").and("id"), statuses)
                .page(Page.of(page, size))
                .list();
    }

    public Uni<Long> countByStatus(Collection<DigestStatus> statuses) {
        return count("status in ?1", statuses);
    }

    /** Digests not yet accepted by the server are not sent to a recipient who muted. */
    public Uni<Integer> cancelUnsent(String recipientEmail) {
        return update("status = ?1 where recipientEmail = ?2 and status in ?3",
                DigestStatus.CANCELLED, recipientEmail, List.of(DigestStatus.PENDING, DigestStatus.FAILED));
    }
}
