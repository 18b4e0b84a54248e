package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.AuditEntry;
import org.actiontracker.plan.domain.JsonListConverter;
import org.actiontracker.plan.domain.OutboxEvent;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;

@ApplicationScoped
@WithSession
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    private static final JsonListConverter.Changes CHANGES = new JsonListConverter.Changes();

    /**
     * Inserts the events and their audit entries in the caller's transaction with one statement:
     * a write is on the hot path, and each separate insert would be another round trip. Rows are
     * numbered in list order, which is the order their events are published in.
     */
    public Uni<Void> appendWithAudit(List<OutboxEvent> events, List<AuditEntry> entries) {
        StringBuilder sql = new StringBuilder("with outbox as (insert into outbox_event"
                + " (event_id, topic, partition_key, type, payload, traceparent, created_at) values ");
        int parameter = 0;
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(placeholders(parameter, 7));
            parameter += 7;
        }
        sql.append(") insert into audit_entry (occurred_at, actor_subject, actor_name, organisation_id,"
                + " resource_type, resource_id, event_type, event_id, changes) values ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(placeholders(parameter, 9));
            parameter += 9;
        }
        return getSession().chain(session -> {
            Mutiny.MutationQuery insert = session.createNativeQuery(sql.toString());
            int position = 0;
            for (OutboxEvent event : events) {
                insert.setParameter(++position, event.eventId).setParameter(++position, event.topic)
                        .setParameter(++position, event.partitionKey).setParameter(++position, event.type)
                        .setParameter(++position, event.payload).setParameter(++position, event.traceparent)
                        .setParameter(++position, event.createdAt);
            }
            for (AuditEntry entry : entries) {
                insert.setParameter(++position, entry.occurredAt).setParameter(++position, entry.actorSubject)
                        .setParameter(++position, entry.actorName).setParameter(++position, entry.organisationId)
                        .setParameter(++position, entry.resourceType).setParameter(++position, entry.resourceId)
                        .setParameter(++position, entry.eventType).setParameter(++position, entry.eventId)
                        .setParameter(++position, CHANGES.convertToDatabaseColumn(entry.changes));
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    private static String placeholders(int before, int count) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 1; i <= count; i++) {
            row.append(i == 1 ? "?" : ", ?").append(before + i);
        }
        return row.append(')').toString();
    }
}
