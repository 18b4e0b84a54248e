package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.api.SourceInput;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;
import org.actiontracker.plan.domain.SourceKind;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.events.ChangeEvents;
import org.actiontracker.plan.mapping.PartialUpdateMapper;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.repository.PlanRepository;
import org.actiontracker.plan.repository.RecommendationRepository;
import org.actiontracker.plan.repository.SourceRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.support.problem.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
public class SourceService {

    /** What a merge patch may remove; the title and kind always have a value. */
    private static final MergePatchClearing<Source> CLEARABLE = MergePatchClearing.of(Map.of(
            "publisher", source -> source.publisher = null,
            "url", source -> source.url = null));

    public static final Map<String, String> SORTABLE = Map.of("title", "title", "publishedOn", "publishedOn",
            "publisher", "publisher");

    private final SourceRepository sources;
    private final RecommendationRepository recommendations;
    private final PlanRepository plans;
    private final ResourceMapper mapper;
    private final PartialUpdateMapper patcher;
    private final ChangeEvents events;

    public SourceService(SourceRepository sources, RecommendationRepository recommendations, PlanRepository plans,
                         ResourceMapper mapper, PartialUpdateMapper patcher, ChangeEvents events) {
        this.sources = sources;
        this.recommendations = recommendations;
        this.plans = plans;
        this.mapper = mapper;
        this.patcher = patcher;
        this.events = events;
    }

    @WithSession
    public Uni<PageResult<Source>> list(String titleContains, PageRequest page) {
        boolean filtered = titleContains != null && !titleContains.isBlank();
        String query = filtered ? "lower(title) like ?1" : "";
        Object[] params = filtered ? new Object[]{"%" + titleContains.toLowerCase() + "%"} : new Object[0];
        return sources.find(query, page.sort(), params).page(page.page(), page.size()).list()
                .chain(items -> sources.count(query, params).map(total -> PageResult.of(items, page, total)));
    }

    @WithSession
    public Uni<Source> get(UUID id) {
        return sources.findById(id).onItem().ifNull().failWith(() -> ApiException.notFound("Source", id));
    }

    @WithTransaction
    public Uni<Source> create(SourceInput input, Actor actor) {
        AccessPolicy.requireAdmin(actor);
        Source source = new Source();
        mapper.replace(input, source);
        source.stampCreated(actor.subject(), Timestamps.now());
        return sources.persist(source).call(created -> events.source(EventTypes.SOURCE_CREATED, null, created, actor));
    }

    @WithTransaction
    public Uni<Source> replace(UUID id, SourceInput input, ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, source -> mapper.replace(input, source));
    }

    @WithTransaction
    /** @param cleared the fields the body set to {@code null}, which JSON Merge Patch removes */
    public Uni<Source> patch(UUID id, SourceInput input, Set<String> cleared, ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, source -> {
            patcher.patch(input, source);
            CLEARABLE.apply(cleared, source);
        });
    }


    private Uni<Source> change(UUID id, ExpectedVersion expected, Actor actor, Consumer<Source> edit) {
        AccessPolicy.requireAdmin(actor);
        return get(id).chain(source -> {
            expected.check(source.version);
            Snapshots.Source before = events.snapshot(source);
            edit.accept(source);
            if (source.kind == null) {
                source.kind = SourceKind.OTHER;
            }
            Instant now = Timestamps.now();
            source.stampUpdated(actor.subject(), now);
            return sources.flush()
                    .chain(() -> events.source(EventTypes.SOURCE_UPDATED, before, source, actor))
                    .chain(() -> rederiveDeadlines(source, actor, now))
                    .replaceWith(source);
        });
    }

    /**
     * A corrected publication date (or kind) moves every deadline derived from it: each recommendation
     * whose date or derivation changes, and each plan's statutory response date, with their events in
     * this transaction.
     */
    private Uni<Void> rederiveDeadlines(Source source, Actor actor, Instant now) {
        return recommendations.list("sourceId", source.id).chain(found -> {
            List<Snapshots.Recommendation> befores = new ArrayList<>();
            List<Recommendation> moved = new ArrayList<>();
            for (Recommendation recommendation : found) {
                Snapshots.Recommendation before = events.snapshot(recommendation);
                LocalDate oldDeadline = recommendation.deadline;
                String oldDerivation = recommendation.deadlineDerivation;
                recommendation.applyDeadline(recommendation.deadlineRule, source.publishedOn);
                if (!Objects.equals(oldDeadline, recommendation.deadline)
                        || !Objects.equals(oldDerivation, recommendation.deadlineDerivation)) {
                    recommendation.stampUpdated(actor.subject(), now);
                    befores.add(before);
                    moved.add(recommendation);
                }
            }
            return recommendations.flush().chain(() -> recordEach(moved.size(), index -> events.recommendation(
                    EventTypes.RECOMMENDATION_UPDATED, befores.get(index), moved.get(index), actor)));
        }).chain(() -> plans.list("sourceId", source.id)).chain(found -> {
            LocalDate due = source.kind.responseDueOn(source.publishedOn);
            List<Plan> moved = found.stream().filter(plan -> !Objects.equals(plan.responseDueOn, due)).toList();
            return recordEach(moved.size(), index -> {
                Plan plan = moved.get(index);
                return events.snapshot(plan).chain(before -> {
                    plan.responseDueOn = due;
                    plan.stampUpdated(actor.subject(), now);
                    return plans.flush().chain(() -> events.plan(EventTypes.PLAN_UPDATED, before, plan, actor));
                });
            });
        });
    }

    /** One after the other: a reactive session takes one statement at a time. */
    private static Uni<Void> recordEach(int count, IntFunction<Uni<Void>> record) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int index = 0; index < count; index++) {
            int current = index;
            chain = chain.chain(() -> record.apply(current));
        }
        return chain;
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, ExpectedVersion expected, Actor actor) {
        AccessPolicy.requireAdmin(actor);
        return get(id).chain(source -> {
            expected.check(source.version);
            return recommendations.count("sourceId", id)
                    .chain(recs -> plans.count("sourceId", id).map(planCount -> {
                        if (recs + planCount > 0) {
                            throw ApiException.conflict("Source " + id + " still has " + recs + " recommendation(s) and "
                                    + planCount + " plan(s); delete them first");
                        }
                        return source;
                    }))
                    .chain(unused -> {
                        Snapshots.Source before = events.snapshot(source);
                        return sources.delete(source).chain(() -> events.deleted(EventTypes.SOURCE_DELETED, id, null, before, actor));
                    });
        });
    }

}
