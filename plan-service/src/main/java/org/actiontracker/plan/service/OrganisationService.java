package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.events.ChangeRecorder;
import org.actiontracker.plan.events.FieldChanges;
import org.actiontracker.plan.mapping.EventMapper;
import org.actiontracker.plan.mapping.PartialUpdateMapper;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.repository.OrganisationRepository;
import org.actiontracker.plan.repository.PlanRepository;
import org.actiontracker.plan.rest.dto.OrganisationInput;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class OrganisationService {

    public static final Map<String, String> SORTABLE = Map.of("name", "name", "code", "code", "kind", "kind");

    private final OrganisationRepository organisations;
    private final PlanRepository plans;
    private final ResourceMapper mapper;
    private final PartialUpdateMapper patcher;
    private final EventMapper events;
    private final ChangeRecorder recorder;

    public OrganisationService(OrganisationRepository organisations, PlanRepository plans, ResourceMapper mapper,
                               PartialUpdateMapper patcher, EventMapper events, ChangeRecorder recorder) {
        this.organisations = organisations;
        this.plans = plans;
        this.mapper = mapper;
        this.patcher = patcher;
        this.events = events;
        this.recorder = recorder;
    }

    @WithSession
    public Uni<PageResult<Organisation>> list(String kind, PageRequest page) {
        String query = kind == null ? "" : "kind = ?1";
        Object[] params = kind == null ? new Object[0] : new Object[]{Params.enumValue("kind", kind,
                org.actiontracker.plan.domain.OrganisationKind.class)};
        return organisations.find(query, page.sort(), params).page(page.page(), page.size()).list()
                .chain(items -> organisations.count(query, params).map(total -> PageResult.of(items, page, total)));
    }

    @WithSession
    public Uni<Organisation> get(UUID id) {
        return organisations.findById(id).onItem().ifNull().failWith(() -> ApiException.notFound("Organisation", id));
    }

    @WithTransaction
    public Uni<Organisation> create(OrganisationInput input, Actor actor) {
        AccessPolicy.requireAdmin(actor);
        Organisation organisation = new Organisation();
        mapper.replace(input, organisation);
        organisation.stampCreated(actor.subject(), Timestamps.now());
        return requireUnique(organisation)
                .chain(() -> organisations.persist(organisation))
                .call(created -> record(EventTypes.ORGANISATION_CREATED, null, created, actor));
    }

    @WithTransaction
    public Uni<Organisation> replace(UUID id, OrganisationInput input, ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, organisation -> mapper.replace(input, organisation));
    }

    @WithTransaction
    public Uni<Organisation> patch(UUID id, OrganisationInput input, ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, organisation -> patcher.patch(input, organisation));
    }

    private Uni<Organisation> change(UUID id, ExpectedVersion expected, Actor actor,
                                     java.util.function.Consumer<Organisation> edit) {
        AccessPolicy.requireAdmin(actor);
        return get(id).chain(organisation -> {
            expected.check(organisation.version);
            Snapshots.Organisation before = events.toSnapshot(organisation);
            edit.accept(organisation);
            organisation.stampUpdated(actor.subject(), Timestamps.now());
            return requireUnique(organisation)
                    .chain(() -> organisations.flush())
                    .chain(() -> record(EventTypes.ORGANISATION_UPDATED, before, organisation, actor))
                    .replaceWith(organisation);
        });
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, ExpectedVersion expected, Actor actor) {
        AccessPolicy.requireAdmin(actor);
        return get(id).chain(organisation -> {
            expected.check(organisation.version);
            return plans.count("organisationId", id).chain(count -> {
                if (count > 0) {
                    throw ApiException.conflict("Organisation " + id + " still has " + count
                            + " plan(s); delete them first");
                }
                Snapshots.Organisation before = events.toSnapshot(organisation);
                return organisations.delete(organisation)
                        .chain(() -> recorder.record(new ChangeRecorder.Change(EventTypes.ORGANISATION_DELETED, id, id,
                                id, before, List.of(), actor)));
            });
        });
    }

    private Uni<Void> requireUnique(Organisation organisation) {
        return organisations.count("(lower(code) = lower(?1) or lower(name) = lower(?2)) and id <> ?3",
                organisation.code, organisation.name, organisation.id == null ? new UUID(0, 0) : organisation.id)
                .map(clashes -> {
                    if (clashes > 0) {
                        throw ApiException.conflict("An organisation with code '" + organisation.code + "' or name '"
                                + organisation.name + "' already exists");
                    }
                    return null;
                });
    }

    private Uni<Void> record(String type, Snapshots.Organisation before, Organisation organisation, Actor actor) {
        Snapshots.Organisation after = events.toSnapshot(organisation);
        return recorder.record(new ChangeRecorder.Change(type, organisation.id, organisation.id, organisation.id,
                after, before == null ? List.of() : FieldChanges.between(before, after), actor));
    }
}
