package org.actiontracker.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.domain.Digest;
import org.actiontracker.notification.domain.DigestStatus;
import org.actiontracker.notification.repository.DigestRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Digests not yet accepted by the SMTP server. */
@ApplicationScoped
public class QueueService {

    private final DigestRepository digests;

    public QueueService(DigestRepository digests) {
        this.digests = digests;
    }

    @WithSession
    public Uni<QueuePage> list(Collection<DigestStatus> statuses, int page, int size) {
        return digests.findByStatus(statuses, page, size)
                .flatMap(items -> digests.countByStatus(statuses).map(total -> new QueuePage(items, total)));
    }

    @WithSession
    public Uni<Optional<Digest>> find(UUID id) {
        return digests.findById(id).map(Optional::ofNullable);
    }

    public record QueuePage(List<Digest> items, long total) {
    }
}
