package org.actiontracker.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.domain.Notification;
import org.actiontracker.notification.repository.NotificationRepository;

import java.util.Optional;
import java.util.UUID;

/** The alerts raised and what became of them. */
@ApplicationScoped
public class HistoryService {

    private final NotificationRepository notifications;

    public HistoryService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @WithSession
    public Uni<NotificationRepository.HistoryPage> search(NotificationRepository.HistoryFilter filter, int page,
                                                          int size) {
        return notifications.search(filter, page, size);
    }

    @WithSession
    public Uni<Optional<Notification>> find(UUID id) {
        return notifications.findWithDigest(id);
    }
}
