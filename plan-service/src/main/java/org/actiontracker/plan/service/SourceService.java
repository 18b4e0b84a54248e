package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.api.SourceInput;
import org.actiontracker.plan.domain.Source;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
public class SourceService {

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
    public Uni<Source> patch(UUID id, SourceInput input, ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, source -> patcher.patch(input, source));
    }

    private Uni<Source> change(UUID id, ExpectedVersion expected, Actor actor, Consumer<Source> edit) {
        AccessPolicy.requireAdmin(actor);
        return get(id).chain(source -> {
            expected.check(source.version);
            Snapshots.Source before = events.snapshot(source);
            edit.accept(source);
            source.stampUpdated(actor.subject(), Timestamps.now());
            return sources.flush()
                    .chain(() -> events.source(EventTypes.SOURCE_UPDATED, before, source, actor))
                    .replaceWith(source);
        });
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
