package org.actiontracker.plan.service.imports;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.document.ImportWarning;
import org.actiontracker.plan.document.PlanDocument;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.OrganisationKind;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.repository.ActionRepository;
import org.actiontracker.plan.repository.ActionUpdateRepository;
import org.actiontracker.plan.repository.OrganisationRepository;
import org.actiontracker.plan.repository.PlanRepository;
import org.actiontracker.plan.api.ImportOutcome;
import org.actiontracker.plan.api.ImportResult;
import org.actiontracker.plan.api.OrganisationInput;
import org.actiontracker.plan.api.PlanInput;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.service.ActionService;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.OrganisationService;
import org.actiontracker.plan.service.PlanService;
import org.actiontracker.plan.service.UpdateService;
import org.actiontracker.plan.service.imports.ImportDraft.ActionDraft;
import org.actiontracker.plan.service.imports.ImportDraft.PlanDraft;
import org.actiontracker.plan.service.imports.ImportDraft.StoredPlan;
import org.actiontracker.plan.service.imports.ImportDraft.TargetOrganisation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Works out what a read document changes and, unless it is a dry run, writes it in one transaction
 * through the services, so that every record is authorised and emits its events like any other write.
 */
@ApplicationScoped
public class PlanImporter {

    static final String ORGANISATION_MISMATCH = "ORGANISATION_MISMATCH";

    private final OrganisationRepository organisations;
    private final PlanRepository plans;
    private final ActionRepository actions;
    private final ActionUpdateRepository updates;
    private final OrganisationService organisationService;
    private final PlanService planService;
    private final ActionService actionService;
    private final UpdateService updateService;

    public PlanImporter(OrganisationRepository organisations, PlanRepository plans, ActionRepository actions,
                        ActionUpdateRepository updates, OrganisationService organisationService,
                        PlanService planService, ActionService actionService, UpdateService updateService) {
        this.organisations = organisations;
        this.plans = plans;
        this.actions = actions;
        this.updates = updates;
        this.organisationService = organisationService;
        this.planService = planService;
        this.actionService = actionService;
        this.updateService = updateService;
    }

    /**
     * @param command its organisationId is the organisation the caller may write, or null for an admin
     *                importing into the organisation the document names
     */
    @WithTransaction
    public Uni<ImportResult> apply(ImportCommand command, ParsedDocument parsed, Actor actor) {
        List<ImportWarning> warnings = new ArrayList<>(parsed.document().warnings());
        return targetOrganisation(command.organisationId(), parsed.document(), warnings)
                .chain(target -> stored(target, parsed.source().id)
                        .map(stored -> ImportDraft.of(command, parsed, target, stored, warnings)))
                .chain(draft -> command.dryRun() ? Uni.createFrom().item(draft.preview()) : write(draft, actor));
    }

    private Uni<TargetOrganisation> targetOrganisation(UUID organisationId, PlanDocument document,
                                                       List<ImportWarning> warnings) {
        String named = document.organisationName();
        if (organisationId != null) {
            return organisations.findById(organisationId).map(organisation -> {
                if (organisation == null) {
                    throw ApiException.unprocessable("organisationId", "no organisation " + organisationId);
                }
                if (named != null && !OrganisationNames.same(named, organisation.name)) {
                    warnings.add(new ImportWarning(ORGANISATION_MISMATCH, "The document is the plan of '" + named
                            + "'; it is imported into " + organisation.name, null));
                }
                return new TargetOrganisation(organisation, organisation.name);
            });
        }
        if (named == null || named.isBlank()) {
            return Uni.createFrom().failure(ApiException.unprocessable("organisationId", "the document names no"
                    + " organisation; give organisationId"));
        }
        List<String> variants = OrganisationNames.variants(named);
        return organisations.list("lower(name) in ?1", variants).map(found -> found.stream()
                // the name exactly as written first, then "X Police" for "X", and so on
                .min(Comparator.comparingInt(organisation -> variants.indexOf(
                        organisation.name.toLowerCase(Locale.ROOT))))
                .map(organisation -> new TargetOrganisation(organisation, organisation.name))
                .orElseGet(() -> new TargetOrganisation(null, new FieldFitter(warnings)
                        .fit(OrganisationNames.canonical(named, document.title()), FieldFitter.NAME,
                                "Organisation name"))));
    }

    private Uni<StoredPlan> stored(TargetOrganisation target, UUID sourceId) {
        if (target.existing() == null) {
            return Uni.createFrom().item(StoredPlan.NONE);
        }
        return plans.find("organisationId = ?1 and sourceId = ?2", target.existing().id, sourceId).firstResult()
                .chain(plan -> plan == null ? Uni.createFrom().item(StoredPlan.NONE)
                        : actions.list("planId", Sort.by("position").and("id"), plan.id)
                        .chain(planActions -> updates.list("planId", plan.id).map(planUpdates ->
                                new StoredPlan(plan, planActions, planUpdates.stream()
                                        .collect(Collectors.groupingBy(update -> update.actionId))))));
    }

    // --- writing ----------------------------------------------------------------------------------

    private Uni<ImportResult> write(ImportDraft draft, Actor actor) {
        Instant importedAt = Timestamps.now();
        return organisation(draft.organisation(), actor)
                .chain(organisation -> plan(draft.plan(), organisation, actor)
                        .chain(plan -> actions(draft.actions(), plan, actor, importedAt)
                                .map(actionIds -> draft.written(organisation.id, plan.id, actionIds))));
    }

    private Uni<Organisation> organisation(TargetOrganisation target, Actor actor) {
        if (target.existing() != null) {
            return Uni.createFrom().item(target.existing());
        }
        String code = OrganisationNames.code(target.name());
        return organisations.count("lower(code) = ?1", code.toLowerCase(Locale.ROOT))
                // another organisation has the code its name gives: keep it unique
                .map(clashes -> clashes == 0 ? code : code.substring(0, Math.min(code.length(), 27)) + "-"
                        + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT))
                .chain(unique -> organisationService.create(new OrganisationInput(unique, target.name(),
                        OrganisationKind.POLICE_FORCE), actor));
    }

    private Uni<Plan> plan(PlanDraft draft, Organisation organisation, Actor actor) {
        if (draft.outcome() == ImportOutcome.NEW) {
            PlanInput plan = draft.write();
            return planService.create(new PlanInput(organisation.id, plan.sourceId(), plan.title(),
                    plan.executiveLead(), plan.operationalLead(), plan.governanceBody(), plan.reviewDate(),
                    plan.versionLabel(), plan.state(), plan.reportingIntervalDays()), actor);
        }
        return draft.outcome() == ImportOutcome.CHANGED
                ? planService.patch(draft.stored().id, draft.write(), Set.of(), ExpectedVersion.ANY, actor)
                : Uni.createFrom().item(draft.stored());
    }

    /** One after the other: a session runs one statement at a time. */
    private Uni<List<UUID>> actions(List<ActionDraft> drafts, Plan plan, Actor actor, Instant importedAt) {
        List<UUID> ids = new ArrayList<>();
        Uni<Void> written = Uni.createFrom().voidItem();
        for (ActionDraft draft : drafts) {
            written = written.chain(() -> action(draft, plan, actor))
                    .invoke(ids::add)
                    .call(actionId -> entries(actionId, draft.newEntries(), actor, importedAt))
                    .replaceWithVoid();
        }
        return written.replaceWith(ids);
    }

    private Uni<UUID> action(ActionDraft draft, Plan plan, Actor actor) {
        Uni<Action> action = switch (draft.outcome()) {
            case NEW -> actionService.create(plan.id, draft.write(), actor);
            case CHANGED -> actionService.patch(draft.stored().id, draft.write(), Set.of(), ExpectedVersion.ANY, actor);
            case UNCHANGED -> Uni.createFrom().item(draft.stored());
        };
        return action.map(written -> written.id);
    }

    private Uni<Void> entries(UUID actionId, List<PlacedRow.Entry> entries, Actor actor, Instant importedAt) {
        Uni<Void> recorded = Uni.createFrom().voidItem();
        for (PlacedRow.Entry entry : entries) {
            recorded = recorded.chain(() -> updateService.lockedAction(actionId, actor))
                    .chain(locked -> updateService.record(update(entry, locked.action(), actor, importedAt), locked,
                            null))
                    .replaceWithVoid();
        }
        return recorded;
    }

    /**
     * A dated entry counts as recorded on the day it reports on (never later than now), so that how
     * long an action has gone without an update means the same for imported plans; an undated one as
     * recorded now.
     */
    private static ActionUpdate update(PlacedRow.Entry entry, Action action, Actor actor, Instant importedAt) {
        ActionUpdate update = new ActionUpdate();
        update.id = UUID.randomUUID();
        update.actionId = action.id;
        update.planId = action.planId;
        update.organisationId = action.organisationId;
        Instant reported = entry.reportedOn() == null ? importedAt
                : entry.reportedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        update.recordedAt = reported.isAfter(importedAt) ? importedAt : reported;
        update.updatedAt = importedAt;
        update.period = entry.period();
        update.reportedOn = entry.reportedOn();
        update.authorName = entry.authorName();
        update.authorRole = entry.authorRole();
        update.authorSubject = actor.subject();
        update.text = entry.text();
        return update;
    }
}
