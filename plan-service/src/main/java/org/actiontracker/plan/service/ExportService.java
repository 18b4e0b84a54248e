package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.document.DocumentAction;
import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.document.DocumentLink;
import org.actiontracker.plan.document.DocumentUpdate;
import org.actiontracker.plan.document.Person;
import org.actiontracker.plan.document.PlanDocument;
import org.actiontracker.plan.document.PlanDocumentRenderer;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;
import org.actiontracker.plan.domain.SubPoint;
import org.actiontracker.plan.repository.ActionRepository;
import org.actiontracker.plan.repository.RecommendationRepository;
import org.actiontracker.plan.security.Actor;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Publishes a stored plan back as a document in the form forces publish theirs, which the importer
 * reads back into the same plan. Anonymous readers get it without e-mail addresses.
 */
@ApplicationScoped
public class ExportService {

    /** A rendered plan and the name to save it under. */
    public record ExportedPlan(String content, DocumentFormat format, String filename) {
    }

    private static final PlanDocumentRenderer RENDERER = new PlanDocumentRenderer();

    private final PlanService plans;
    private final OrganisationService organisations;
    private final SourceService sources;
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final Pool pool;

    public ExportService(PlanService plans, OrganisationService organisations, SourceService sources,
                         RecommendationRepository recommendations, ActionRepository actions, Pool pool) {
        this.plans = plans;
        this.organisations = organisations;
        this.sources = sources;
        this.recommendations = recommendations;
        this.actions = actions;
        this.pool = pool;
    }

    @WithSession
    public Uni<ExportedPlan> export(UUID planId, DocumentFormat format, Actor actor) {
        boolean withEmails = !actor.isAnonymous();
        return plans.getReadable(planId, actor).chain(plan -> organisations.get(plan.organisationId)
                .chain(organisation -> sources.get(plan.sourceId)
                        .chain(source -> actionsOf(plan, source, withEmails).map(planActions -> new ExportedPlan(
                                RENDERER.render(new PlanDocument(organisation.name, plan.title, source.title,
                                        plan.versionLabel, person(plan.executiveLead, withEmails),
                                        person(plan.operationalLead, withEmails), plan.governanceBody,
                                        plan.reviewDate, planActions, List.of(), Set.of()), format),
                                format, filename(organisation, plan, format))))));
    }

    private Uni<List<DocumentAction>> actionsOf(Plan plan, Source source, boolean withEmails) {
        return recommendations.list("sourceId", source.id).chain(sourceRecommendations -> {
            Map<UUID, Recommendation> recommendationById = sourceRecommendations.stream()
                    .collect(Collectors.toMap(recommendation -> recommendation.id, Function.identity()));
            return actions.list("planId", Sort.by("position").and("id"), plan.id)
                    .chain(planActions -> updatesInOrder(plan.id).map(updatesByAction -> planActions.stream()
                            .map(action -> documentAction(action, recommendationById.get(action.recommendationId),
                                    updatesByAction.getOrDefault(action.id, List.of()), withEmails))
                            .toList()));
        });
    }

    /**
     * Live updates in the order they were recorded (migration V5's entry_order, which the entity does
     * not map): for imported plans the order the document gave them, which recorded_at does not keep.
     */
    private Uni<Map<UUID, List<DocumentUpdate>>> updatesInOrder(UUID planId) {
        return pool.preparedQuery("select action_id, reported_on, period, author_name, author_role, text"
                        + " from action_update where plan_id = $1 and withdrawn_at is null order by entry_order")
                .execute(Tuple.of(planId))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).collect(Collectors.groupingBy(
                        row -> row.getUUID("action_id"),
                        Collectors.mapping(row -> DocumentUpdate.of(row.getLocalDate("reported_on"),
                                row.getString("period"), row.getString("author_name"), row.getString("author_role"),
                                row.getString("text")), Collectors.toList()))));
    }

    private static DocumentAction documentAction(Action action, Recommendation recommendation,
                                                 List<DocumentUpdate> updates, boolean withEmails) {
        String evidenceRequirement = action.subPointRef == null ? null : recommendation.subPoints.stream()
                .filter(subPoint -> subPoint.ref().equals(action.subPointRef)).findFirst()
                .map(SubPoint::text).orElse(null);
        // with neither label nor status set, the status cell stays empty, as it was in the document
        ActionStatus status = action.statusLabel == null && action.status == ActionStatus.NOT_STARTED ? null
                : action.status;
        return new DocumentAction(action.recommendationNumber, action.subPointRef, recommendation.text,
                evidenceRequirement, action.description, null, person(action.owner, withEmails), action.statusLabel,
                status, action.rag, action.percentComplete, action.targetDate,
                action.documents.stream().map(document -> new DocumentLink(document.title(), document.url())).toList(),
                updates);
    }

    private static Person person(org.actiontracker.plan.domain.Person person, boolean withEmail) {
        if (person == null || (person.name == null && person.role == null && (person.email == null || !withEmail))) {
            return null;
        }
        return new Person(person.name, person.role, withEmail ? person.email : null);
    }

    /** "Northumbria Police" with "March 2026 Update" gives northumbria-police-action-plan-march-2026-update.html. */
    private static String filename(Organisation organisation, Plan plan, DocumentFormat format) {
        String name = organisation.name + " action plan" + (plan.versionLabel == null ? "" : " " + plan.versionLabel);
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.length() > 100 ? slug.substring(0, 100) : slug) + "." + format.fileExtension();
    }
}
