package org.actiontracker.plan.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventData.FieldChange;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;
import org.actiontracker.plan.events.ChangeRecorder.Change;
import org.actiontracker.plan.mapping.EventMapper;
import org.actiontracker.plan.repository.OrganisationRepository;
import org.actiontracker.plan.security.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The one place where a change becomes events: the snapshot of a resource, the diff of two
 * snapshots, which events a change emits and on which key, recorded (outbox row and audit entry)
 * in the caller's transaction by {@link ChangeRecorder}. Services take a snapshot before they
 * change an entity and hand both to the method of the change.
 */
@ApplicationScoped
public class ChangeEvents {

    private final EventMapper snapshots;
    private final OrganisationRepository organisations;
    private final ChangeRecorder recorder;

    public ChangeEvents(EventMapper snapshots, OrganisationRepository organisations, ChangeRecorder recorder) {
        this.snapshots = snapshots;
        this.organisations = organisations;
        this.recorder = recorder;
    }

    public Snapshots.Organisation snapshot(Organisation organisation) {
        return snapshots.toSnapshot(organisation);
    }

    public Snapshots.Source snapshot(Source source) {
        return snapshots.toSnapshot(source);
    }

    public Snapshots.Recommendation snapshot(Recommendation recommendation) {
        return snapshots.toSnapshot(recommendation);
    }

    public Snapshots.Update snapshot(ActionUpdate update) {
        return snapshots.toSnapshot(update);
    }

    public Snapshots.Plan snapshot(Plan plan, Organisation organisation) {
        return snapshots.toSnapshot(plan, organisation);
    }

    /** The plan with its organisation's code and name (read from the session when already loaded). */
    public Uni<Snapshots.Plan> snapshot(Plan plan) {
        return organisations.findById(plan.organisationId).map(organisation -> snapshot(plan, organisation));
    }

    /** The action with its organisation's name and its plan's source. */
    public Uni<Snapshots.Action> snapshot(Action action, Plan plan) {
        return organisations.findById(action.organisationId)
                .map(organisation -> snapshots.toSnapshot(action, organisation.name, plan.sourceId));
    }

    /** An organisation created ({@code before} null) or updated; keyed by its id. */
    public Uni<Void> organisation(String type, Snapshots.Organisation before, Organisation organisation, Actor actor) {
        Snapshots.Organisation after = snapshot(organisation);
        return recorder.record(new Change(type, organisation.id, organisation.id, organisation.id, after,
                diff(before, after), actor));
    }

    /** A source created ({@code before} null) or updated; keyed by its id. */
    public Uni<Void> source(String type, Snapshots.Source before, Source source, Actor actor) {
        Snapshots.Source after = snapshot(source);
        return recorder.record(new Change(type, source.id, source.id, null, after, diff(before, after), actor));
    }

    /** A recommendation created ({@code before} null) or updated; keyed by its id. */
    public Uni<Void> recommendation(String type, Snapshots.Recommendation before, Recommendation recommendation,
                                    Actor actor) {
        Snapshots.Recommendation after = snapshot(recommendation);
        return recorder.record(new Change(type, recommendation.id, recommendation.id, null, after,
                diff(before, after), actor));
    }

    /** A plan created ({@code before} null) or updated; keyed by its id. */
    public Uni<Void> plan(String type, Snapshots.Plan before, Plan plan, Actor actor) {
        return snapshot(plan).chain(after -> recorder.record(new Change(type, plan.id, plan.id, plan.organisationId,
                after, diff(before, after), actor)));
    }

    /** A resource deleted, keyed by its id: its event carries the last state. */
    public Uni<Void> deleted(String type, UUID id, UUID organisationId, Object before, Actor actor) {
        return recorder.record(new Change(type, id, id, organisationId, before, List.of(), actor));
    }

    public Uni<Void> actionCreated(Action action, Plan plan, Actor actor) {
        return snapshot(action, plan).chain(after -> recorder.record(
                actionChange(EventTypes.ACTION_CREATED, after, List.of(), actor)));
    }

    /**
     * An action changed: always {@code action.updated}, plus the distinct event of each watched
     * field that changed, so consumers need not diff.
     */
    public Uni<Void> actionChanged(Snapshots.Action before, Action action, Plan plan, Actor actor) {
        return actionChanges(before, action, plan, actor).chain(recorder::recordAll);
    }

    /**
     * An action's declared RAG and the one computed from its facts came to disagree; the change names
     * computedRag, from what it was before the write (null for a new action) to what it is now.
     */
    public Uni<Void> ragMismatch(Action action, Plan plan, Rag computedBefore, Rag computed, Actor actor) {
        return snapshot(action, plan).chain(after -> recorder.record(actionChange(EventTypes.ACTION_RAG_MISMATCH,
                after, List.of(new FieldChange("computedRag", computedBefore == null ? null : computedBefore.name(),
                        computed.name())), actor)));
    }

    /** A progress update recorded, then the change it made to its action, in that order on the action's key. */
    public Uni<Void> updateRecorded(ActionUpdate update, Snapshots.Action before, Action action, Plan plan,
                                    Actor actor) {
        return actionChanges(before, action, plan, actor).chain(actionChanges -> {
            List<Change> changes = new ArrayList<>();
            changes.add(updateChange(EventTypes.UPDATE_RECORDED, update, List.of(), actor));
            changes.addAll(actionChanges);
            return recorder.recordAll(changes);
        });
    }

    public Uni<Void> updateRevised(Snapshots.Update before, ActionUpdate update, Actor actor) {
        return recorder.record(updateChange(EventTypes.UPDATE_REVISED, update, diff(before, snapshot(update)), actor));
    }

    public Uni<Void> updateWithdrawn(ActionUpdate update, Actor actor) {
        return recorder.record(updateChange(EventTypes.UPDATE_WITHDRAWN, update, List.of(), actor));
    }

    private Uni<List<Change>> actionChanges(Snapshots.Action before, Action action, Plan plan, Actor actor) {
        return snapshot(action, plan).map(after -> {
            List<FieldChange> changes = FieldChanges.between(before, after);
            List<Change> recorded = new ArrayList<>();
            recorded.add(actionChange(EventTypes.ACTION_UPDATED, after, changes, actor));
            addIfChanged(recorded, changes, "status", EventTypes.ACTION_STATUS_CHANGED, after, actor);
            addIfChanged(recorded, changes, "rag", EventTypes.ACTION_RAG_CHANGED, after, actor);
            addIfChanged(recorded, changes, "targetDate", EventTypes.ACTION_TARGET_DATE_CHANGED, after, actor);
            return recorded;
        });
    }

    private static void addIfChanged(List<Change> recorded, List<FieldChange> changes, String field, String type,
                                     Snapshots.Action after, Actor actor) {
        if (FieldChanges.touches(changes, field)) {
            recorded.add(actionChange(type, after, FieldChanges.only(changes, field), actor));
        }
    }

    private static Change actionChange(String type, Snapshots.Action action, List<FieldChange> changes, Actor actor) {
        return new Change(type, action.id(), action.id(), action.organisationId(), action, changes, actor);
    }

    /** Update events go on their action's key, so that they stay in order with the action's own. */
    private Change updateChange(String type, ActionUpdate update, List<FieldChange> changes, Actor actor) {
        return new Change(type, update.id, update.actionId, update.organisationId, snapshot(update), changes, actor);
    }

    private static List<FieldChange> diff(Record before, Record after) {
        return before == null ? List.of() : FieldChanges.between(before, after);
    }
}
