package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.api.UpdateInput;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.domain.ActionUpdateRevision;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.domain.SupportingDocument;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.events.ChangeEvents;
import org.actiontracker.plan.repository.ActionRepository;
import org.actiontracker.plan.repository.ActionUpdateRepository;
import org.actiontracker.plan.repository.ActionUpdateRevisionRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.support.problem.ApiException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Progress updates. Posting one appends (no If-Match: appends never conflict) and may move the
 * action's status, RAG and percent in the same transaction; editing keeps the earlier text as a
 * revision; deleting withdraws. Nothing is ever erased.
 */
@ApplicationScoped
public class UpdateService {

    public static final Map<String, String> SORTABLE = Map.of("recordedAt", "recordedAt", "reportedOn",
            "reportedOn");

    private final ActionUpdateRepository updates;
    private final ActionUpdateRevisionRepository revisions;
    private final ActionRepository actions;
    private final ActionService actionService;
    private final PlanService plans;
    private final ChangeEvents events;
    private final ComputedRag computedRag;

    public UpdateService(ActionUpdateRepository updates, ActionUpdateRevisionRepository revisions,
                         ActionRepository actions, ActionService actionService, PlanService plans,
                         ChangeEvents events, ComputedRag computedRag) {
        this.computedRag = computedRag;
        this.updates = updates;
        this.revisions = revisions;
        this.actions = actions;
        this.actionService = actionService;
        this.plans = plans;
        this.events = events;
    }

    @WithSession
    public Uni<PageResult<ActionUpdate>> list(UUID actionId, boolean includeWithdrawn, Actor actor,
                                              PageRequest page) {
        String query = "actionId = ?1" + (includeWithdrawn ? "" : " and withdrawnAt is null");
        return actionService.getReadable(actionId, actor)
                .chain(() -> updates.find(query, page.sort(), actionId).page(page.page(), page.size()).list())
                .chain(items -> updates.count(query, actionId).map(total -> PageResult.of(items, page, total)));
    }

    @WithSession
    public Uni<ActionUpdate> getReadable(UUID id, Actor actor) {
        return find(id).call(update -> actionService.getReadable(update.actionId, actor));
    }

    @WithSession
    public Uni<List<ActionUpdateRevision>> revisions(UUID id, Actor actor) {
        return find(id).invoke(update -> AccessPolicy.requireOrganisationReader(actor, update.organisationId))
                .chain(() -> revisions.listOf(id));
    }

    /** Appends an update; the action's row lock makes concurrent appends queue, never fail. */
    @WithTransaction
    public Uni<ActionUpdate> record(UUID actionId, UpdateInput input, Actor actor) {
        return lockedAction(actionId, actor).chain(locked -> {
            Instant now = Timestamps.now();
            ActionUpdate update = new ActionUpdate();
            update.id = UUID.randomUUID();
            update.actionId = actionId;
            update.planId = locked.action.planId;
            update.organisationId = locked.action.organisationId;
            update.recordedAt = now;
            update.updatedAt = now;
            update.authorSubject = actor.subject();
            update.authorName = actor.name();
            apply(input, update);
            return record(update, locked, input.newStatusLabel());
        });
    }

    /**
     * Records an update prepared elsewhere (the importer fills in author and dates from the
     * document); the caller has checked access.
     */
    public Uni<ActionUpdate> record(ActionUpdate update, LockedAction locked, String newStatusLabel) {
        Action action = locked.action;
        if (action.latestUpdateAt == null || update.recordedAt.isAfter(action.latestUpdateAt)) {
            action.latestUpdateAt = update.recordedAt;
        }
        if (update.newStatus != null) {
            update.previousStatus = action.status;
            update.previousStatusLabel = action.statusLabel;
        }
        if (update.newRag != null) {
            update.previousRag = action.rag;
        }
        if (update.newPercentComplete != null) {
            update.previousPercentComplete = action.percentComplete;
        }
        if (update.newStatus != null) {
            action.status = update.newStatus;
            action.statusLabel = newStatusLabel;
        } else if (newStatusLabel != null) {
            action.statusLabel = newStatusLabel;
        }
        if (update.newRag != null) {
            action.rag = update.newRag;
        }
        if (update.newPercentComplete != null) {
            action.percentComplete = update.newPercentComplete;
        }
        action.stampUpdated(update.authorSubject, update.updatedAt);
        return updates.persist(update)
                .chain(() -> actions.flush())
                .chain(() -> events.updateRecorded(update, locked.before, action, locked.plan, locked.actor))
                .chain(() -> computedRag.afterWrite(locked.before, action, locked.plan, locked.actor))
                .replaceWith(update);
    }

    @WithTransaction
    public Uni<ActionUpdate> revise(UUID id, UpdateInput input, ExpectedVersion expected, Actor actor) {
        return find(id).chain(update -> lockedAction(update.actionId, actor).chain(locked -> {
            expected.check(update.version);
            if (update.isWithdrawn()) {
                throw ApiException.conflict("Update " + id + " was withdrawn and can no longer be edited");
            }
            Instant now = Timestamps.now();
            Snapshots.Update before = events.snapshot(update);
            ActionUpdateRevision previous = ActionUpdateRevision.of(update, actor.subject(), now);
            apply(input, update);
            update.revision++;
            update.updatedAt = now;
            update.updatedBy = actor.name() != null ? actor.name() : actor.subject();
            return revisions.persist(previous)
                    .chain(() -> updates.flush())
                    .chain(() -> events.updateRevised(before, update, actor))
                    .replaceWith(update);
        }));
    }

    @WithTransaction
    public Uni<ActionUpdate> withdraw(UUID id, ExpectedVersion expected, Actor actor) {
        return find(id).chain(update -> lockedAction(update.actionId, actor).chain(locked -> {
            expected.check(update.version);
            if (update.isWithdrawn()) {
                return Uni.createFrom().item(update);
            }
            Instant now = Timestamps.now();
            update.withdrawnAt = now;
            update.withdrawnBy = actor.subject();
            update.updatedAt = now;
            return updates.flush()
                    .chain(() -> events.updateWithdrawn(update, actor))
                    .chain(() -> updates.historyOf(update.actionId))
                    .chain(history -> {
                        Action action = locked.action;
                        boolean changed = revertTo(history, update, action);
                        if (!changed) {
                            return Uni.createFrom().voidItem();
                        }
                        action.stampUpdated(actor.subject(), now);
                        return actions.flush()
                                .chain(() -> events.actionChanged(locked.before, action, locked.plan, actor))
                                .chain(() -> computedRag.afterWrite(locked.before, action, locked.plan, actor));
                    })
                    .replaceWith(update);
        }));
    }

    /** The action locked for this transaction, its plan, and its state before the change. */
    public record LockedAction(Action action, Plan plan, Snapshots.Action before, Actor actor) {
    }

    public Uni<LockedAction> lockedAction(UUID actionId, Actor actor) {
        return actions.findForUpdate(actionId).onItem().ifNull()
                .failWith(() -> ApiException.notFound("Action", actionId))
                .chain(action -> plans.getWithOrganisation(action.planId).chain(plan -> {
                    AccessPolicy.requireWrite(actor, plan.organisationId);
                    return events.snapshot(action, plan)
                            .map(before -> new LockedAction(action, plan, before, actor));
                }));
    }

    private Uni<ActionUpdate> find(UUID id) {
        return updates.findById(id).onItem().ifNull().failWith(() -> ApiException.notFound("Update", id));
    }

    /**
     * Puts the action back to what its remaining history says once {@code withdrawn} no longer counts: each field
     * the withdrawn update set takes the value of the latest remaining update that sets it, else the value it had
     * before the first update that ever set it.
     *
     * @param history every update of the action, withdrawn ones included, oldest first
     * @return whether the action changed
     */
    static boolean revertTo(List<ActionUpdate> history, ActionUpdate withdrawn, Action action) {
        List<ActionUpdate> remaining = history.stream().filter(update -> !update.isWithdrawn()).toList();
        Instant latest = remaining.stream().map(update -> update.recordedAt).max(Instant::compareTo).orElse(null);
        boolean changed = !java.util.Objects.equals(latest, action.latestUpdateAt);
        action.latestUpdateAt = latest;
        if (withdrawn.newStatus != null) {
            ActionUpdate setter = lastSetting(remaining, update -> update.newStatus);
            ActionUpdate first = firstSetting(history, update -> update.newStatus);
            ActionStatus status = setter != null ? setter.newStatus : first.previousStatus;
            String label = setter != null ? null : first.previousStatusLabel;
            if (status != null && status != action.status) {
                action.status = status;
                action.statusLabel = label;
                changed = true;
            }
        }
        if (withdrawn.newRag != null) {
            ActionUpdate setter = lastSetting(remaining, update -> update.newRag);
            Rag rag = setter != null ? setter.newRag : firstSetting(history, update -> update.newRag)
                    .previousRag;
            changed |= rag != action.rag;
            action.rag = rag;
        }
        if (withdrawn.newPercentComplete != null) {
            ActionUpdate setter = lastSetting(remaining, update -> update.newPercentComplete);
            Integer percent = setter != null ? setter.newPercentComplete
                    : firstSetting(history, update -> update.newPercentComplete).previousPercentComplete;
            changed |= !java.util.Objects.equals(percent, action.percentComplete);
            action.percentComplete = percent;
        }
        return changed;
    }

    private static ActionUpdate firstSetting(List<ActionUpdate> updates,
                                             java.util.function.Function<ActionUpdate, Object> field) {
        return updates.stream().filter(update -> field.apply(update) != null).findFirst().orElseThrow();
    }

    /** The last update in this order that sets the field, or null. */
    private static ActionUpdate lastSetting(List<ActionUpdate> updates,
                                            java.util.function.Function<ActionUpdate, Object> field) {
        for (int i = updates.size() - 1; i >= 0; i--) {
            if (field.apply(updates.get(i)) != null) {
                return updates.get(i);
            }
        }
        return null;
    }

    private static void apply(UpdateInput input, ActionUpdate update) {
        update.period = input.period();
        update.reportedOn = input.reportedOn();
        update.authorRole = input.authorRole();
        update.text = input.text();
        update.newStatus = input.newStatus();
        update.newRag = input.newRag();
        update.newPercentComplete = input.newPercentComplete();
        update.documents = input.documents() == null ? new ArrayList<>() : input.documents().stream()
                .map(document -> new SupportingDocument(document.title(), document.url()))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
