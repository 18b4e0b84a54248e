package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.api.PlanInput;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.events.ChangeEvents;
import org.actiontracker.plan.mapping.PartialUpdateMapper;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.repository.ActionRepository;
import org.actiontracker.plan.repository.ActionSearchRepository;
import org.actiontracker.plan.repository.PlanRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.support.problem.ApiException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
public class PlanService {

    /** What a merge patch may remove; the organisation, source, title, leads, state and interval stay. */
    private static final MergePatchClearing<Plan> CLEARABLE = MergePatchClearing.of(Map.of(
            "operationalLead", plan -> plan.operationalLead = null,
            "governanceBody", plan -> plan.governanceBody = null,
            "reviewDate", plan -> plan.reviewDate = null,
            "versionLabel", plan -> plan.versionLabel = null));

    public static final Map<String, String> SORTABLE = Map.of("title", "title", "updatedAt", "updatedAt",
            "reviewDate", "reviewDate", "createdAt", "createdAt");
    public static final int DEFAULT_REPORTING_INTERVAL_DAYS = 90;

    private final PlanRepository plans;
    private final ActionRepository actions;
    private final OrganisationService organisations;
    private final SourceService sources;
    private final ResourceMapper mapper;
    private final PartialUpdateMapper patcher;
    private final ChangeEvents events;

    public PlanService(PlanRepository plans, ActionRepository actions, OrganisationService organisations,
                       SourceService sources, ResourceMapper mapper, PartialUpdateMapper patcher, ChangeEvents events) {
        this.plans = plans;
        this.actions = actions;
        this.organisations = organisations;
        this.sources = sources;
        this.mapper = mapper;
        this.patcher = patcher;
        this.events = events;
    }

    @WithSession
    public Uni<PageResult<Plan>> list(UUID organisationId, UUID sourceId, PlanState state, Actor actor,
                                      PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (organisationId != null) {
            where.add("organisationId = :organisation");
            params.and("organisation", organisationId);
        }
        if (sourceId != null) {
            where.add("sourceId = :source");
            params.and("source", sourceId);
        }
        if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        }
        readScope(actor, where, params);
        String query = String.join(" and ", where);
        return plans.find(query, page.sort(), params).page(page.page(), page.size()).list()
                .chain(items -> plans.count(query, params).map(total -> PageResult.of(items, page, total)));
    }

    /**
     * Which plans the actor may read: published ones, plus drafts of its own organisation
     * (viewer, editor), or everything (national, admin).
     */
    static ActionSearchRepository.ReadScope readScope(Actor actor) {
        if (actor.readsEverything()) {
            return ActionSearchRepository.ReadScope.EVERYTHING;
        }
        UUID own = actor.organisationId();
        return new ActionSearchRepository.ReadScope(false, own != null && actor.readsOrganisation(own) ? own : null);
    }

    private static void readScope(Actor actor, List<String> where, Parameters params) {
        ActionSearchRepository.ReadScope scope = readScope(actor);
        if (scope.everything()) {
            return;
        }
        if (scope.draftsOfOrganisation() != null) {
            where.add("(state = :published or organisationId = :ownOrganisation)");
            params.and("ownOrganisation", scope.draftsOfOrganisation());
        } else {
            where.add("state = :published");
        }
        params.and("published", PlanState.PUBLISHED);
    }

    @WithSession
    public Uni<Plan> get(UUID id) {
        return plans.findById(id).onItem().ifNull().failWith(() -> ApiException.notFound("Plan", id));
    }

    /** The plan, with its organisation in the session too: writes to actions snapshot both. */
    @WithSession
    public Uni<Plan> getWithOrganisation(UUID id) {
        return plans.findWithOrganisation(id).onItem().ifNull().failWith(() -> ApiException.notFound("Plan", id));
    }

    @WithSession
    public Uni<Plan> getReadable(UUID id, Actor actor) {
        return get(id).invoke(plan -> AccessPolicy.requireRead(actor, plan.organisationId, plan.isPublished()));
    }

    @WithTransaction
    public Uni<Plan> create(PlanInput input, Actor actor) {
        AccessPolicy.requireWrite(actor, input.organisationId());
        return organisations.get(input.organisationId())
                .onFailure(ApiException.class).transform(e -> ApiException.unprocessable("organisationId",
                        "no organisation " + input.organisationId()))
                .chain(organisation -> sources.get(input.sourceId())
                        .onFailure(ApiException.class).transform(e -> ApiException.unprocessable("sourceId",
                                "no source " + input.sourceId()))
                        .chain(source -> plans.count("organisationId = ?1 and sourceId = ?2", organisation.id,
                                source.id).map(existing -> {
                            if (existing > 0) {
                                throw ApiException.conflict("Organisation " + organisation.name
                                        + " already has a plan for this source; update it instead");
                            }
                            Plan plan = new Plan();
                            mapper.replace(input, plan);
                            plan.organisationId = organisation.id;
                            plan.sourceId = input.sourceId();
                            Instant now = Timestamps.now();
                            applyStateAndInterval(plan, input, now);
                            plan.responseDueOn = source.kind.responseDueOn(source.publishedOn);
                            plan.stampCreated(actor.subject(), now);
                            return plan;
                        }))
                        .chain(plans::persist)
                        .call(plan -> events.plan(EventTypes.PLAN_CREATED, null, plan, actor)));
    }

    @WithTransaction
    public Uni<Plan> replace(UUID id, PlanInput input, ExpectedVersion expected, Actor actor) {
        return change(id, input, expected, actor, plan -> {
            mapper.replace(input, plan);
            if (input.reportingIntervalDays() == null) {
                plan.reportingIntervalDays = DEFAULT_REPORTING_INTERVAL_DAYS;
            }
        });
    }


    /** @param cleared the fields the body set to {@code null}, which JSON Merge Patch removes */
    @WithTransaction
    public Uni<Plan> patch(UUID id, PlanInput input, Set<String> cleared, ExpectedVersion expected, Actor actor) {
        return change(id, input, expected, actor, plan -> {
            patcher.patch(input, plan);
            CLEARABLE.apply(cleared, plan);
        });
    }

    private Uni<Plan> change(UUID id, PlanInput input, ExpectedVersion expected, Actor actor, Consumer<Plan> edit) {
        return get(id).chain(plan -> {
            AccessPolicy.requireWrite(actor, plan.organisationId);
            expected.check(plan.version);
            requireSame("organisationId", plan.organisationId, input.organisationId());
            requireSame("sourceId", plan.sourceId, input.sourceId());
            return organisations.get(plan.organisationId).chain(organisation -> {
                Snapshots.Plan before = events.snapshot(plan, organisation);
                Instant now = Timestamps.now();
                edit.accept(plan);
                applyStateAndInterval(plan, input, now);
                plan.stampUpdated(actor.subject(), now);
                return plans.flush()
                        .chain(() -> events.plan(EventTypes.PLAN_UPDATED, before, plan, actor))
                        .replaceWith(plan);
            });
        });
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, ExpectedVersion expected, Actor actor) {
        return get(id).chain(plan -> {
            AccessPolicy.requireWrite(actor, plan.organisationId);
            expected.check(plan.version);
            return actions.count("planId", id).chain(count -> {
                if (count > 0) {
                    throw ApiException.conflict("Plan " + id + " still has " + count + " action(s); delete them first");
                }
                return organisations.get(plan.organisationId);
            }).chain(organisation -> {
                Snapshots.Plan before = events.snapshot(plan, organisation);
                return plans.delete(plan)
                        .chain(() -> events.deleted(EventTypes.PLAN_DELETED, id, plan.organisationId, before, actor));
            });
        });
    }

    private static void applyStateAndInterval(Plan plan, PlanInput input, Instant now) {
        if (input.state() != null && input.state() != plan.state) {
            plan.state = input.state();
            plan.publishedAt = input.state() == PlanState.PUBLISHED ? now : null;
        }
        if (input.reportingIntervalDays() != null) {
            plan.reportingIntervalDays = input.reportingIntervalDays();
        }
    }

    private static void requireSame(String field, UUID current, UUID requested) {
        if (requested != null && !requested.equals(current)) {
            throw ApiException.unprocessable(field, "cannot change once the plan exists");
        }
    }

}
