package org.actiontracker.notification.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.domain.AlertKind;
import org.actiontracker.notification.domain.Notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public Uni<Optional<Notification>> findWithDigest(UUID id) {
        return find("from Notification n left join fetch n.digest where n.id = ?1", id)
                .firstResult()
                .map(Optional::ofNullable);
    }

    /** Alerts waiting for a weekly digest are dropped for a recipient who muted. */
    public Uni<Integer> cancelQueued(String recipientEmail, OffsetDateTime now) {
        return update("cancelledAt = ?1 where recipientEmail = ?2 and digest is null and cancelledAt is null",
                now, recipientEmail);
    }

    /** One page, newest first, and the number of matches. */
    public Uni<HistoryPage> search(HistoryFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.recipientEmail() != null) {
            where.append(" and n.recipientEmail = :recipient");
            params.put("recipient", filter.recipientEmail());
        }
        if (filter.actionId() != null) {
            where.append(" and n.actionId = :action");
            params.put("action", filter.actionId());
        }
        if (filter.kind() != null) {
            where.append(" and n.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            where.append(" and n.asOf >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and n.asOf <= :to");
            params.put("to", filter.to());
        }
        String list = "from Notification n left join fetch n.digest where " + where
                + " order by n.asOf desc, n.createdAt desc, n.id";
        String count = "select count(n) from Notification n where " + where;
        return getSession().flatMap(session -> {
            var listQuery = session.createSelectionQuery(list, Notification.class)
                    .setFirstResult(page * size)
                    .setMaxResults(size);
            var countQuery = session.createSelectionQuery(count, Long.class);
            params.forEach((name, value) -> {
                listQuery.setParameter(name, value);
                countQuery.setParameter(name, value);
            });
            return listQuery.getResultList()
                    .flatMap(items -> countQuery.getSingleResult()
                            .map(total -> new HistoryPage(new ArrayList<>(items), total)));
        });
    }

    public record HistoryFilter(String recipientEmail, UUID actionId, AlertKind kind, LocalDate from, LocalDate to) {
    }

    public record HistoryPage(List<Notification> items, long total) {
    }
}
