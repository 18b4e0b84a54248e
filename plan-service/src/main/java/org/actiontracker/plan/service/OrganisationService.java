package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.api.OrganisationInput;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.domain.OrganisationKind;
import org.actiontracker.plan.events.ChangeEvents;
import org.actiontracker.plan.mapping.PartialUpdateMapper;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.repository.OrganisationRepository;
import org.actiontracker.plan.repository.PlanRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.support.problem.ApiException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class OrganisationService {

    /** A merge patch may remove the code; the name and kind always have a value. */
    private static final MergePatchClearing<Organisation> CLEARABLE = MergePatchClearing.of(Map.of(
            "code", organisation -> organisation.code = null));

    public static final Map<String, String> SORTABLE = Map.of("name", "name", "code", "code", "kind", "kind");

    private final OrganisationRepository organisations;
    private final PlanRepository plans;
    private final ResourceMapper mapper;
    private final PartialUpdateMapper patcher;
    private final ChangeEvents events;

    public OrganisationService(OrganisationRepository organisations, PlanRepository plans, ResourceMapper mapper,
                               PartialUpdateMapper patcher, ChangeEvents events) {
        this.organisations = organisations;
        this.plans = plans;
        this.mapper = mapper;
        this.patcher = patcher;
        this.events = events;
    }

    @WithSession
    public Uni<PageResult<Organisation>> list(OrganisationKind kind, PageRequest page) {
        String query = kind == null ? "" : "kind = ?1";
        Object[] params = kind == null ? new Object[0] : new Object[]{kind};
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
                .call(created -> events.organisation(EventTypes.ORGANISATION_CREATED, null, created, actor));
    }

    @WithTransaction
    public Uni<Organisation> replace(UUID id, OrganisationInput input, ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, organisation -> mapper.replace(input, organisation));
    }

    @WithTransaction
    /** @param cleared the fields the body set to {@code null}, which JSON Merge Patch removes */
    public Uni<Organisation> patch(UUID id, OrganisationInput input, Set<String> cleared, ExpectedVersion expected,
                                   Actor actor) {
        return change(id, expected, actor, organisation -> {
            patcher.patch(input, organisation);
            CLEARABLE.apply(cleared, organisation);
        });
    }


    private Uni<Organisation> change(UUID id, ExpectedVersion expected, Actor actor,
                                     java.util.function.Consumer<Organisation> edit) {
        AccessPolicy.requireAdmin(actor);
        return get(id).chain(organisation -> {
            expected.check(organisation.version);
            Snapshots.Organisation before = events.snapshot(organisation);
            edit.accept(organisation);
            organisation.stampUpdated(actor.subject(), Timestamps.now());
            return requireUnique(organisation)
                    .chain(() -> organisations.flush())
                    .chain(() -> events.organisation(EventTypes.ORGANISATION_UPDATED, before, organisation, actor))
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
                Snapshots.Organisation before = events.snapshot(organisation);
                return organisations.delete(organisation)
                        .chain(() -> events.deleted(EventTypes.ORGANISATION_DELETED, id, id, before, actor));
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

}
