package org.actiontracker.plan.web;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.api.MatrixCell;
import org.actiontracker.plan.api.MatrixResponse;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.repository.ActionFilter;
import org.actiontracker.plan.service.ActionService;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.plan.service.MatrixService;
import org.actiontracker.plan.service.OrganisationService;
import org.actiontracker.plan.service.PageRequest;
import org.actiontracker.plan.service.PlanService;
import org.actiontracker.plan.service.RecommendationService;
import org.actiontracker.plan.service.UpdateService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Builds the pages' view models from the service layer, which applies {@link org.actiontracker.plan.security.AccessPolicy}:
 * a page shows exactly what the API would show the same person, and owner e-mail addresses only to those who may
 * read the organisation. Service calls run one after another: they share the request's database session.
 */
@ApplicationScoped
public class PageViews {

    private static final int ALL = PageRequest.MAX_SIZE;

    private final PlanService plans;
    private final ActionService actions;
    private final UpdateService updates;
    private final OrganisationService organisations;
    private final RecommendationService recommendations;
    private final MatrixService matrix;
    private final WebConfig config;

    public PageViews(PlanService plans, ActionService actions, UpdateService updates,
                     OrganisationService organisations, RecommendationService recommendations, MatrixService matrix,
                     WebConfig config) {
        this.plans = plans;
        this.actions = actions;
        this.updates = updates;
        this.organisations = organisations;
        this.recommendations = recommendations;
        this.matrix = matrix;
        this.config = config;
    }

    /** Published plans (and, for those who may read them, drafts), by organisation name. */
    public Uni<List<PlanListing>> planListings(Actor actor) {
        return organisationsById().chain(byId -> plans.list(null, null, null, actor,
                        PageRequest.of(0, ALL, null, PlanService.SORTABLE, "title"))
                .map(page -> page.items().stream()
                        .map(plan -> new PlanListing(plan.id, plan.title, nameOf(byId, plan.organisationId),
                                plan.versionLabel, plan.state == PlanState.PUBLISHED))
                        .sorted(Comparator.comparing(PlanListing::organisationName).thenComparing(PlanListing::title))
                        .toList()));
    }

    /**
     * Live for those the event stream serves this plan's events: who may read its organisation. Those who may write
     * it also get what changed since the day they ask about (null for none).
     */
    public Uni<PlanPage> plan(UUID planId, Actor actor, String changesSince) {
        return plans.getReadable(planId, actor).chain(plan -> organisations.get(plan.organisationId)
                .chain(organisation -> actionsOf(ActionFilter.NONE.withPlan(planId), actor, Map.of(plan.id, plan), Map.of(organisation.id, organisation))
                        .chain(rows -> recommendationTexts(plan.sourceId).chain(texts -> {
                            boolean writable = actor.writesOrganisation(plan.organisationId);
                            Uni<PlanPage.Changes> changes = writable && changesSince != null
                                    ? changesSince(rows, changesSince, actor) : Uni.createFrom().nullItem();
                            return changes.map(changed -> {
                                Map<String, List<ActionRow>> byRecommendation = new LinkedHashMap<>();
                                rows.forEach(row -> byRecommendation
                                        .computeIfAbsent(row.recommendationNumber(), number -> new ArrayList<>())
                                        .add(row));
                                List<PlanPage.Group> groups = byRecommendation.entrySet().stream()
                                        .map(entry -> new PlanPage.Group(entry.getKey(), texts.get(entry.getKey()),
                                                entry.getValue()))
                                        .toList();
                                return new PlanPage(plan.id, plan.title, organisation.name, organisation.id,
                                        plan.versionLabel, plan.governanceBody, plan.isPublished(), groups,
                                        actor.readsOrganisation(plan.organisationId)
                                                ? "/api/v1/events?planId=" + plan.id : null,
                                        writable, plan.version, changed);
                            });
                        }))));
    }

    /**
     * The progress updates of the plan's actions recorded, revised or withdrawn since the start of the day (UTC),
     * newest first, read through the same service as the API's update lists. Target-date and description edits are
     * not among them: their earlier values are in the audit trail only, which the API shows admins alone.
     */
    private Uni<PlanPage.Changes> changesSince(List<ActionRow> rows, String sinceText, Actor actor) {
        LocalDate since;
        try {
            since = LocalDate.parse(sinceText.strip());
        } catch (DateTimeParseException e) {
            return Uni.createFrom().item(new PlanPage.Changes(sinceText, "Enter a date such as 2026-03-27",
                    List.of()));
        }
        Instant from = since.atStartOfDay().toInstant(ZoneOffset.UTC);
        return Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(row -> updates.list(row.id(), true, actor,
                                PageRequest.of(0, ALL, null, UpdateService.SORTABLE, "-recordedAt"))
                        .map(page -> page.items().stream().flatMap(update -> changes(row, update, from).stream())
                                .toList()))
                .collect().asList()
                .map(perAction -> new PlanPage.Changes(since.toString(), null, perAction.stream()
                        .flatMap(List::stream)
                        .sorted(Comparator.comparing(PlanPage.Change::at).reversed())
                        .toList()));
    }

    private static List<PlanPage.Change> changes(ActionRow row, ActionUpdate update, Instant from) {
        List<PlanPage.Change> changes = new ArrayList<>();
        if (!update.recordedAt.isBefore(from)) {
            changes.add(change(row, update, update.recordedAt, "New update", fieldChanges(update)));
        }
        if (update.withdrawnAt != null && !update.withdrawnAt.isBefore(from)) {
            changes.add(change(row, update, update.withdrawnAt, "Update withdrawn", List.of()));
        } else if (update.revision > 1 && update.updatedAt != null && !update.updatedAt.isBefore(from)) {
            changes.add(change(row, update, update.updatedAt, "Update revised", List.of()));
        }
        return changes;
    }

    private static PlanPage.Change change(ActionRow row, ActionUpdate update, Instant at, String what,
                                          List<String> fieldChanges) {
        return new PlanPage.Change(at.atOffset(ZoneOffset.UTC).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES),
                row.id(), row.description(), what, update.period, update.authorName, fieldChanges);
    }

    /** What the update changed on its action, from the values it replaced. */
    private static List<String> fieldChanges(ActionUpdate update) {
        List<String> changes = new ArrayList<>();
        if (update.newStatus != null && update.newStatus != update.previousStatus) {
            changes.add("Status: " + (update.previousStatus == null ? "none" : humanise(update.previousStatus.name()))
                    + " to " + humanise(update.newStatus.name()));
        }
        if (update.newRag != null && update.newRag != update.previousRag) {
            changes.add("RAG: " + (update.previousRag == null ? "none" : humanise(update.previousRag.name())) + " to "
                    + humanise(update.newRag.name()));
        }
        if (update.newPercentComplete != null && !update.newPercentComplete.equals(update.previousPercentComplete)) {
            changes.add("Complete: " + (update.previousPercentComplete == null ? "not given"
                    : update.previousPercentComplete + "%") + " to " + update.newPercentComplete + "%");
        }
        return changes;
    }

    /** Every readable action answering the recommendation, by organisation. */
    public Uni<RecommendationPage> recommendation(String number, Actor actor) {
        return recommendations.findByNumber(config.sourceId(), number)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Recommendation", number))
                .chain(recommendation -> organisationsById()
                .chain(byId -> actionsOf(ActionFilter.NONE.withRecommendationNumber(number), actor, new HashMap<>(), byId)
                        .map(rows -> new RecommendationPage(recommendation.number, recommendation.text,
                                recommendation.deadline, rows.stream()
                                .sorted(Comparator.comparing(ActionRow::organisationName))
                                .toList()))));
    }

    /** The signed-in owner's actions: overdue first, then due soon, then stale, then the rest. */
    public Uni<List<ActionRow>> ownedBy(String email, Actor actor) {
        if (email == null) {
            return Uni.createFrom().item(List.of());
        }
        return organisationsById().chain(byId -> actionsOf(ActionFilter.NONE.withOwnerEmail(email), actor, new HashMap<>(), byId))
                .map(rows -> rows.stream().sorted(Comparator.comparingInt(PageViews::urgency)
                        .thenComparing(ActionRow::targetDate, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList());
    }

    public Uni<ActionPage.Subject> action(UUID actionId, Actor actor) {
        return actions.getReadable(actionId, actor).chain(action -> plans.get(action.planId)
                .chain(plan -> organisations.get(plan.organisationId).chain(organisation ->
                        latestUpdate(action.id, actor).chain(latest -> updates.list(action.id,
                                        actor.readsOrganisation(plan.organisationId), actor,
                                        PageRequest.of(0, ALL, null, UpdateService.SORTABLE, "-recordedAt"))
                                .map(history -> new ActionPage.Subject(
                                        row(action, plan, organisation, latest, actor),
                                        action.owner == null ? null : action.owner.name,
                                        history.items().stream().map(PageViews::historyEntry).toList(),
                                        actor.writesOrganisation(plan.organisationId)))))));
    }

    public Uni<MatrixPage> matrix(Actor actor, MatrixFilter filter, String liveUrl) {
        return organisationsById().chain(byId -> matrix.matrix(config.sourceId(), actor)
                .map(response -> matrixPage(response, byId, filter, liveUrl)));
    }

    /** One recommendation's line of the matrix as it is now, under the same filter and columns as the page. */
    public Uni<MatrixPage.Line> matrixLine(Actor actor, MatrixFilter filter, String number) {
        return organisationsById().chain(byId -> matrix.recommendation(config.sourceId(), actor, number)
                .map(response -> matrixPage(response, byId, filter, null).lines().stream().findFirst()
                        .orElseThrow(() -> ApiException.notFound("Recommendation", number))));
    }

    /**
     * The matrix counted per force rather than per recommendation, so that the summary shows exactly the plans and
     * actions the matrix shows the same person (anonymous callers: published plans only).
     */
    public Uni<ForcesPage> forces(Actor actor) {
        return matrix.matrix(config.sourceId(), actor).map(PageViews::forcesPage);
    }

    private static ForcesPage forcesPage(MatrixResponse response) {
        Map<UUID, List<MatrixCell>> cellsByOrganisation = new HashMap<>();
        response.recommendations().forEach(recommendation -> recommendation.rows().forEach(row -> row.cells()
                .forEach(cell -> cellsByOrganisation.computeIfAbsent(cell.organisationId(), id -> new ArrayList<>())
                        .add(cell))));
        List<ForcesPage.Force> forces = response.organisations().stream().map(organisation -> {
            List<MatrixCell> cells = cellsByOrganisation.getOrDefault(organisation.id(), List.of());
            return new ForcesPage.Force(organisation.id(), organisation.name(), organisation.planId(),
                    organisation.planState() == PlanState.PUBLISHED, cells.size(),
                    count(cells, cell -> cell.status().isFinished()), count(cells, MatrixCell::overdue),
                    count(cells, MatrixCell::stale), count(cells, cell -> cell.rag() == Rag.RED),
                    count(cells, cell -> cell.rag() == Rag.AMBER), count(cells, cell -> cell.rag() == Rag.GREEN),
                    count(cells, cell -> cell.rag() == null),
                    cells.stream().map(MatrixCell::latestUpdateOn).filter(Objects::nonNull)
                            .max(Comparator.naturalOrder()).orElse(null));
        }).toList();
        return new ForcesPage(response.sourceTitle(), response.asOf(), forces);
    }

    private static int count(List<MatrixCell> cells, Predicate<MatrixCell> test) {
        return (int) cells.stream().filter(test).count();
    }

    private MatrixPage matrixPage(MatrixResponse response, Map<UUID, Organisation> byId, MatrixFilter filter,
                                  String liveUrl) {
        List<MatrixPage.Column> columns = response.organisations().stream()
                .map(column -> new MatrixPage.Column(column.id(), column.name(),
                        Optional.ofNullable(byId.get(column.id())).map(o -> o.kind.name()).orElse(null),
                        column.planId()))
                .filter(filter::keeps)
                .toList();
        int[] shown = {0};
        List<MatrixPage.Line> lines = response.recommendations().stream().map(recommendation -> {
            Map<UUID, List<MatrixPage.Cell>> cellsByOrganisation = new HashMap<>();
            recommendation.rows().forEach(row -> row.cells().forEach(cell -> {
                MatrixPage.Cell view = new MatrixPage.Cell(cell.actionId(), cell.status().name(),
                        cell.rag() == null ? null : cell.rag().name(), cell.targetDate(), cell.latestUpdateOn(),
                        cell.overdue(), cell.stale());
                if (filter.keeps(view)) {
                    cellsByOrganisation.computeIfAbsent(cell.organisationId(), id -> new ArrayList<>()).add(view);
                }
            }));
            List<MatrixPage.Slot> slots = columns.stream()
                    .map(column -> new MatrixPage.Slot(column, cellsByOrganisation.getOrDefault(column.id(),
                            List.of())))
                    .toList();
            slots.forEach(slot -> shown[0] += slot.cells().size());
            return new MatrixPage.Line(recommendation.number(), recommendation.text(),
                    recommendation.counts().organisations(), recommendation.counts().complete(),
                    recommendation.counts().onTrack(), recommendation.counts().overdue(),
                    recommendation.counts().stale(), slots);
        }).toList();
        String query = filter.query();
        return new MatrixPage(response.sourceTitle(), response.asOf(), columns, lines, filter, shown[0],
                "/matrix.csv" + (query.isEmpty() ? "" : "?" + query), liveUrl);
    }

    private Uni<List<ActionRow>> actionsOf(ActionFilter filter, Actor actor, Map<UUID, Plan> knownPlans,
                                           Map<UUID, Organisation> knownOrganisations) {
        Map<UUID, Plan> planCache = new HashMap<>(knownPlans);
        return actions.list(filter, actor, PageRequest.of(0, ALL, null, ActionService.SORTABLE, "position"))
                .chain(page -> Multi.createFrom().iterable(page.items())
                        .onItem().transformToUniAndConcatenate(action -> planOf(action.planId, planCache)
                                .chain(plan -> latestUpdate(action.id, actor).map(latest -> row(action, plan,
                                        knownOrganisations.get(action.organisationId), latest, actor))))
                        .collect().asList());
    }

    private Uni<Plan> planOf(UUID planId, Map<UUID, Plan> cache) {
        Plan known = cache.get(planId);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return plans.get(planId).invoke(plan -> cache.put(planId, plan));
    }

    private Uni<ActionUpdate> latestUpdate(UUID actionId, Actor actor) {
        return updates.list(actionId, false, actor, PageRequest.of(0, 1, null, UpdateService.SORTABLE, "-recordedAt"))
                .map(page -> page.items().isEmpty() ? null : page.items().get(0));
    }

    private ActionRow row(Action action, Plan plan, Organisation organisation, ActionUpdate latest, Actor actor) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        boolean finished = action.status.isFinished();
        boolean overdue = !finished && action.targetDate != null && action.targetDate.isBefore(today);
        Instant lastHeard = action.latestUpdateAt != null ? action.latestUpdateAt : action.createdAt;
        boolean stale = !finished && lastHeard != null
                && lastHeard.isBefore(Instant.now().minus(plan.reportingIntervalDays, ChronoUnit.DAYS));
        boolean dueSoon = !finished && !overdue && action.targetDate != null
                && !action.targetDate.isAfter(today.plusDays(config.dueSoonDays()));
        ActionRow.LatestUpdate update = latest == null ? null : new ActionRow.LatestUpdate(
                latest.reportedOn != null ? latest.reportedOn : latest.recordedAt.atOffset(ZoneOffset.UTC)
                        .toLocalDate(), latest.period, latest.text);
        boolean mayReadAddresses = actor.readsOrganisation(plan.organisationId);
        return new ActionRow(action.id, plan.id, plan.title, organisation == null ? "" : organisation.name,
                action.recommendationNumber, action.subPointRef, action.description, action.status.name(),
                action.statusLabel != null ? action.statusLabel : humanise(action.status.name()),
                action.rag == null ? null : action.rag.name(), action.percentComplete, action.targetDate, overdue,
                stale, dueSoon, update, action.owner == null ? null : action.owner.name,
                mayReadAddresses && action.owner != null ? action.owner.email : null, action.version);
    }

    private static ActionPage.HistoryEntry historyEntry(ActionUpdate update) {
        return new ActionPage.HistoryEntry(update.id, update.recordedAt.atOffset(ZoneOffset.UTC).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES), update.reportedOn, update.period, update.authorName,
                update.authorRole, update.text, update.newStatus == null ? null : humanise(update.newStatus.name()),
                update.newRag == null ? null : update.newRag.name(), update.newPercentComplete, update.documents,
                update.revision,
                update.withdrawnAt == null ? null : update.withdrawnAt.atOffset(ZoneOffset.UTC).toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES));
    }

    private static int urgency(ActionRow row) {
        if (row.overdue()) {
            return 0;
        }
        if (row.dueSoon()) {
            return 1;
        }
        return row.stale() ? 2 : 3;
    }

    private Uni<Map<String, String>> recommendationTexts(UUID sourceId) {
        return recommendations.list(sourceId, null, PageRequest.of(0, ALL, null, RecommendationService.SORTABLE,
                        "position"))
                .map(page -> {
                    Map<String, String> texts = new HashMap<>();
                    for (Recommendation recommendation : page.items()) {
                        texts.put(recommendation.number, recommendation.text);
                    }
                    return texts;
                });
    }

    private Uni<Map<UUID, Organisation>> organisationsById() {
        return organisations.list(null, PageRequest.of(0, ALL, null, OrganisationService.SORTABLE, "name"))
                .map(page -> {
                    Map<UUID, Organisation> byId = new HashMap<>();
                    page.items().forEach(organisation -> byId.put(organisation.id, organisation));
                    return byId;
                });
    }

    private static String nameOf(Map<UUID, Organisation> byId, UUID id) {
        Organisation organisation = byId.get(id);
        return organisation == null ? "" : organisation.name;
    }

    static String humanise(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
