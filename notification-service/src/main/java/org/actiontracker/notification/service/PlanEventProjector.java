package org.actiontracker.notification.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.repository.TrackedViewRepository;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies plan events to the view. The event id is recorded in the same transaction as the change,
 * so a redelivered event is recognised; the snapshot's version guards against older snapshots
 * arriving late (for instance the several events one change emits, or a replay of the topic).
 */
@ApplicationScoped
public class PlanEventProjector {

    private static final Set<String> ACTION_SNAPSHOTS = Set.of(
            EventTypes.ACTION_CREATED, EventTypes.ACTION_UPDATED, EventTypes.ACTION_STATUS_CHANGED,
            EventTypes.ACTION_RAG_CHANGED, EventTypes.ACTION_TARGET_DATE_CHANGED, EventTypes.ACTION_RAG_MISMATCH);
    private static final Set<String> PLAN_SNAPSHOTS = Set.of(EventTypes.PLAN_CREATED, EventTypes.PLAN_UPDATED);

    private final TrackedViewRepository view;
    private final CloudEventCodec codec;
    private final NotificationConfig config;

    public PlanEventProjector(TrackedViewRepository view, CloudEventCodec codec, NotificationConfig config) {
        this.view = view;
        this.codec = codec;
        this.config = config;
    }

    /**
     * Applies the event in one transaction: recording its id (the dedupe) and changing the view.
     * The transaction is opened here, not by {@code @WithTransaction}, so that an event whose
     * data does not match the contract is refused before it, by an exception the consumer sees.
     *
     * @throws CloudEventCodec.MalformedEventException when the data does not match the contract (before any write)
     */
    public Uni<EventOutcome> apply(CloudEvent event) {
        Supplier<Uni<Boolean>> change = changeFor(event);
        if (change == null) {
            return Uni.createFrom().item(EventOutcome.IGNORED);
        }
        return Panache.withTransaction(() -> view.markProcessed(event.source(), event.id(), event.type())
                .flatMap(first -> {
                    if (!first) {
                        return Uni.createFrom().item(EventOutcome.DUPLICATE);
                    }
                    return change.get().map(applied -> applied ? EventOutcome.APPLIED : EventOutcome.OUTDATED);
                }));
    }

    /** The write for the event, with its data already read; null for types this service ignores. */
    private Supplier<Uni<Boolean>> changeFor(CloudEvent event) {
        String type = event.type();
        if (ACTION_SNAPSHOTS.contains(type) || EventTypes.ACTION_DELETED.equals(type)) {
            Snapshots.Action action = codec.dataOf(event, Snapshots.Action.class).resource();
            requirePresent(action != null && action.id() != null && action.planId() != null && action.status() != null,
                    event, "an action with id, planId and status");
            boolean deleted = EventTypes.ACTION_DELETED.equals(type);
            return () -> view.upsertAction(action, deleted, config.scan().zone(),
                    config.alerts().defaultReportingIntervalDays());
        }
        if (PLAN_SNAPSHOTS.contains(type) || EventTypes.PLAN_DELETED.equals(type)) {
            Snapshots.Plan plan = codec.dataOf(event, Snapshots.Plan.class).resource();
            requirePresent(plan != null && plan.id() != null, event, "a plan with id");
            boolean deleted = EventTypes.PLAN_DELETED.equals(type);
            int interval = plan.reportingIntervalDays() > 0
                    ? plan.reportingIntervalDays() : config.alerts().defaultReportingIntervalDays();
            return () -> view.upsertPlan(plan, deleted, config.scan().zone(), interval);
        }
        return null;
    }

    private static void requirePresent(boolean present, CloudEvent event, String what) {
        if (!present) {
            throw new CloudEventCodec.MalformedEventException(event.type() + " " + event.id() + " lacks " + what);
        }
    }
}
