package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventData;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.api.ActionInput;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.events.FieldChanges;
import org.actiontracker.plan.events.ChangeEvents;
import org.actiontracker.plan.mapping.PartialUpdateMapper;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.repository.ActionFilter;
import org.actiontracker.plan.repository.ActionRepository;
import org.actiontracker.plan.repository.ActionSearchRepository;
import org.actiontracker.plan.repository.ActionUpdateRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.support.problem.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
public class ActionService {

    /** What a merge patch may remove; the recommendation, description, status and position always have a value. */
    private static final MergePatchClearing<Action> CLEARABLE = MergePatchClearing.of(Map.of(
            "subPointRef", action -> action.subPointRef = null,
            "owner", action -> action.owner = null,
            "targetDate", action -> action.targetDate = null,
            "statusLabel", action -> action.statusLabel = null,
            "rag", action -> action.rag = null,
            "percentComplete", action -> action.percentComplete = null,
            "documents", action -> action.documents = new ArrayList<>()));

    public static final Map<String, String> SORTABLE = Map.of("position", "position", "targetDate", "targetDate",
            "latestUpdateAt", "latestUpdateAt", "status", "status", "recommendationNumber", "recommendationNumber",
            "updatedAt", "updatedAt", "createdAt", "createdAt");

    private final ActionRepository actions;
    private final ActionSearchRepository search;
    private final ActionUpdateRepository updates;
    private final PlanService plans;
    private final OrganisationService organisations;
    private final RecommendationService recommendations;
    private final ResourceMapper mapper;
    private final PartialUpdateMapper patcher;
    private final ChangeEvents events;
    private final ComputedRag computedRag;

    public ActionService(ActionRepository actions, ActionSearchRepository search, ActionUpdateRepository updates, PlanService plans,
                         OrganisationService organisations, RecommendationService recommendations,
                         ResourceMapper mapper, PartialUpdateMapper patcher, ChangeEvents events,
                         ComputedRag computedRag) {
        this.computedRag = computedRag;
        this.actions = actions;
        this.search = search;
        this.updates = updates;
        this.plans = plans;
        this.organisations = organisations;
        this.recommendations = recommendations;
        this.mapper = mapper;
        this.patcher = patcher;
        this.events = events;
    }

    public Uni<PageResult<Action>> list(ActionFilter filter, Actor actor, PageRequest page) {
        ActionFilter normalised = filter.recommendationNumber() == null || filter.recommendationNumber().isBlank()
                ? filter : filter.withRecommendationNumber(RecommendationService.normalise(filter.recommendationNumber()));
        return search.find(normalised, PlanService.readScope(actor), computedRag.rules().criteria(computedRag.today()),
                        page.sort(), page.page(), page.size())
                .map(found -> PageResult.of(found.items(), page, found.total()));
    }

    @WithSession
    public Uni<Action> get(UUID id) {
        return actions.findById(id).onItem().ifNull().failWith(() -> ApiException.notFound("Action", id));
    }

    /** The action with the plan it belongs to, once the actor may read it. */
    @WithSession
    public Uni<Action> getReadable(UUID id, Actor actor) {
        return get(id).call(action -> plans.get(action.planId).invoke(plan -> {
            AccessPolicy.requireRead(actor, plan.organisationId, plan.isPublished());
            computedRag.rate(action, plan);
        }));
    }

    @WithTransaction
    public Uni<Action> create(UUID planId, ActionInput input, Actor actor) {
        return plans.get(planId).chain(plan -> {
            AccessPolicy.requireWrite(actor, plan.organisationId);
            return resolveRecommendation(plan, input.recommendationNumber(), input.subPointRef())
                    .chain(recommendation -> {
                        Action action = new Action();
                        mapper.replace(input, action);
                        action.planId = plan.id;
                        action.organisationId = plan.organisationId;
                        answer(action, recommendation);
                        action.status = input.status() == null ? ActionStatus.NOT_STARTED : input.status();
                        if (action.targetDate == null) {
                            action.targetDate = recommendation.deadline;
                        }
                        action.stampCreated(actor.subject(), Timestamps.now());
                        Uni<Integer> position = input.position() != null ? Uni.createFrom().item(input.position())
                                : actions.nextPosition(plan.id);
                        return position.invoke(p -> action.position = p).chain(() -> actions.persist(action));
                    })
                    .call(action -> events.actionCreated(action, plan, actor))
                    .call(action -> computedRag.afterWrite(null, action, plan, actor));
        });
    }


    @WithTransaction
    public Uni<Action> replace(UUID id, ActionInput input, ExpectedVersion expected, Actor actor) {
        return change(id, input, Set.of(), expected, actor, action -> {
            mapper.replace(input, action);
            action.status = input.status() == null ? ActionStatus.NOT_STARTED : input.status();
        });
    }

    @WithTransaction
    /** @param cleared the fields the body set to {@code null}, which JSON Merge Patch removes */
    public Uni<Action> patch(UUID id, ActionInput input, Set<String> cleared, ExpectedVersion expected, Actor actor) {
        return change(id, input, cleared, expected, actor, action -> {
            patcher.patch(input, action);
            CLEARABLE.apply(cleared, action);
            if (input.status() != null) {
                action.status = input.status();
            }
        });
    }

    private Uni<Action> change(UUID id, ActionInput input, Set<String> cleared, ExpectedVersion expected,
                               Actor actor, Consumer<Action> edit) {
        return actions.findForUpdate(id).onItem().ifNull().failWith(() -> ApiException.notFound("Action", id))
                .chain(action -> plans.getWithOrganisation(action.planId).chain(plan -> {
                    AccessPolicy.requireWrite(actor, plan.organisationId);
                    expected.check(action.version);
                    return events.snapshot(action, plan).chain(before -> {
                        String number = input.recommendationNumber() != null ? input.recommendationNumber()
                                : action.recommendationNumber;
                        String subPoint = input.subPointRef() != null ? input.subPointRef()
                                : cleared.contains("subPointRef") ? null : action.subPointRef;
                        return resolveRecommendation(plan, number, subPoint).chain(recommendation -> {
                            edit.accept(action);
                            answer(action, recommendation);
                            if (input.position() != null) {
                                action.position = input.position();
                            }
                            // A write that changes nothing keeps the version and emits no event.
                            return events.snapshot(action, plan).chain(after -> {
                                if (FieldChanges.between(before, after).isEmpty()) {
                                    return Uni.createFrom().item(computedRag.rate(action, plan));
                                }
                                action.stampUpdated(actor.subject(), Timestamps.now());
                                return actions.flush()
                                        .chain(() -> events.actionChanged(before, action, plan, actor))
                                        .chain(() -> computedRag.afterWrite(before, action, plan, actor))
                                        .replaceWith(action);
                            });
                        });
                    });
                }));
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, ExpectedVersion expected, Actor actor) {
        return actions.findForUpdate(id).onItem().ifNull().failWith(() -> ApiException.notFound("Action", id))
                .chain(action -> plans.get(action.planId).chain(plan -> {
                    AccessPolicy.requireWrite(actor, plan.organisationId);
                    expected.check(action.version);
                    return updates.count("actionId", id).chain(count -> {
                        if (count > 0) {
                            throw ApiException.conflict("Action " + id + " has " + count + " progress update(s) that"
                                    + " must stay on record; set its status to CLOSED instead");
                        }
                        return events.snapshot(action, plan);
                    }).chain(before -> actions.delete(action)
                            .chain(() -> events.deleted(EventTypes.ACTION_DELETED, id, plan.organisationId, before, actor)));
                }));
    }

    private Uni<Recommendation> resolveRecommendation(Plan plan, String number, String subPointRef) {
        return recommendations.findByNumber(plan.sourceId, number).map(recommendation -> {
            if (recommendation == null) {
                throw ApiException.unprocessable("recommendationNumber", "the plan's source has no recommendation "
                        + number);
            }
            if (subPointRef != null && !recommendation.subPoints.isEmpty() && !recommendation.hasSubPoint(subPointRef)) {
                throw ApiException.unprocessable("subPointRef", "recommendation " + recommendation.number
                        + " has no sub-point " + subPointRef);
            }
            return recommendation;
        });
    }

    private static void answer(Action action, Recommendation recommendation) {
        action.recommendationId = recommendation.id;
        action.recommendationNumber = recommendation.number;
    }
}
