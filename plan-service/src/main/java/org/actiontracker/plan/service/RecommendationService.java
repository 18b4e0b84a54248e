package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.api.RecommendationInput;
import org.actiontracker.plan.domain.DeadlineRule;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.events.ChangeEvents;
import org.actiontracker.plan.mapping.PartialUpdateMapper;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.repository.ActionRepository;
import org.actiontracker.plan.repository.RecommendationRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

@ApplicationScoped
public class RecommendationService {

    /** A merge patch may remove the sub-points; the number and text always have a value, the deadline its rule's. */
    private static final MergePatchClearing<Recommendation> CLEARABLE = MergePatchClearing.of(Map.of(
            "subPoints", recommendation -> recommendation.subPoints = new ArrayList<>()));

    public static final Map<String, String> SORTABLE = Map.of("position", "position", "number", "number",
            "deadline", "deadline");

    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final SourceService sources;
    private final ResourceMapper mapper;
    private final PartialUpdateMapper patcher;
    private final ChangeEvents events;

    public RecommendationService(RecommendationRepository recommendations, ActionRepository actions,
                                 SourceService sources, ResourceMapper mapper, PartialUpdateMapper patcher,
                                 ChangeEvents events) {
        this.recommendations = recommendations;
        this.actions = actions;
        this.sources = sources;
        this.mapper = mapper;
        this.patcher = patcher;
        this.events = events;
    }

    @WithSession
    public Uni<PageResult<Recommendation>> list(UUID sourceId, String addressee, PageRequest page) {
        boolean byAddressee = addressee != null && !addressee.isBlank();
        // addressees is JSON; a case-insensitive text match keeps the filter simple and indexed by source.
        String query = "sourceId = ?1" + (byAddressee ? " and lower(cast(addressees as String)) like ?2" : "");
        Object[] params = byAddressee ? new Object[]{sourceId, "%" + addressee.toLowerCase() + "%"}
                : new Object[]{sourceId};
        return sources.get(sourceId)
                .chain(() -> recommendations.find(query, page.sort(), params).page(page.page(), page.size()).list())
                .chain(items -> recommendations.count(query, params).map(total -> PageResult.of(items, page, total)));
    }

    @WithSession
    public Uni<Recommendation> get(UUID id) {
        return recommendations.findById(id).onItem().ifNull()
                .failWith(() -> ApiException.notFound("Recommendation", id));
    }

    @WithSession
    public Uni<Recommendation> findByNumber(UUID sourceId, String number) {
        return recommendations.find("sourceId = ?1 and number = ?2", sourceId, normalise(number)).firstResult();
    }

    @WithTransaction
    public Uni<Recommendation> create(UUID sourceId, RecommendationInput input, Actor actor) {
        AccessPolicy.requireAdmin(actor);
        DeadlineRule rule = requestedRule(input);
        return sources.get(sourceId).chain(source -> {
            Recommendation recommendation = new Recommendation();
            mapper.replace(input, recommendation);
            recommendation.applyDeadline(rule == null ? DeadlineRule.none() : rule, source.publishedOn);
            recommendation.number = normalise(input.number());
            recommendation.sourceId = sourceId;
            recommendation.stampCreated(actor.subject(), Timestamps.now());
            return positionFor(recommendation, input.position())
                    .chain(() -> requireUniqueNumber(recommendation))
                    .chain(() -> recommendations.persist(recommendation))
                    .call(created -> events.recommendation(EventTypes.RECOMMENDATION_CREATED, null, created, actor));
        });
    }

    @WithTransaction
    public Uni<Recommendation> replace(UUID id, RecommendationInput input, ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, input.position(), requestedRule(input, DeadlineRule.none()),
                recommendation -> mapper.replace(input, recommendation));
    }

    @WithTransaction
    /** @param cleared the fields the body set to {@code null}, which JSON Merge Patch removes */
    public Uni<Recommendation> patch(UUID id, RecommendationInput input, Set<String> cleared,
                                     ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, input.position(), requestedRule(input, null), recommendation -> {
            patcher.patch(input, recommendation);
            CLEARABLE.apply(cleared, recommendation);
        });
    }


    /** {@code rule} null keeps the recommendation's rule (a PATCH without one). */
    private Uni<Recommendation> change(UUID id, ExpectedVersion expected, Actor actor, Integer position,
                                       Supplier<DeadlineRule> rule, Consumer<Recommendation> edit) {
        AccessPolicy.requireAdmin(actor);
        DeadlineRule requested = rule.get();
        return get(id).chain(recommendation -> sources.get(recommendation.sourceId).chain(source -> {
            expected.check(recommendation.version);
            Snapshots.Recommendation before = events.snapshot(recommendation);
            String oldNumber = recommendation.number;
            edit.accept(recommendation);
            recommendation.applyDeadline(requested == null ? recommendation.deadlineRule : requested,
                    source.publishedOn);
            recommendation.number = normalise(recommendation.number);
            if (position != null) {
                recommendation.position = position;
            }
            recommendation.stampUpdated(actor.subject(), Timestamps.now());
            Uni<Void> numberChange = oldNumber.equals(recommendation.number) ? Uni.createFrom().voidItem()
                    : requireUniqueNumber(recommendation).chain(() -> requireUnused(recommendation,
                    "its number cannot change while actions answer it"));
            return numberChange
                    .chain(() -> recommendations.flush())
                    .chain(() -> events.recommendation(EventTypes.RECOMMENDATION_UPDATED, before, recommendation, actor))
                    .replaceWith(recommendation);
        }));
    }

    /**
     * The rule the input asks for, parsed only once the caller is known to be allowed (a Supplier, so
     * that an unauthorised caller's bad rule still gets 403); {@code absent} when it names none.
     */
    private static Supplier<DeadlineRule> requestedRule(RecommendationInput input, DeadlineRule absent) {
        return () -> {
            DeadlineRule rule = requestedRule(input);
            return rule == null ? absent : rule;
        };
    }

    /** A deadlineRule in words, else a fixed deadline date, else null. */
    private static DeadlineRule requestedRule(RecommendationInput input) {
        if (input.deadlineRule() != null && input.deadline() != null) {
            throw ApiException.invalid("deadline", "send deadlineRule or deadline, not both");
        }
        if (input.deadlineRule() != null) {
            return DeadlineRuleParser.parse(input.deadlineRule());
        }
        return input.deadline() == null ? null : DeadlineRule.fixed(input.deadline());
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, ExpectedVersion expected, Actor actor) {
        AccessPolicy.requireAdmin(actor);
        return get(id).chain(recommendation -> {
            expected.check(recommendation.version);
            Snapshots.Recommendation before = events.snapshot(recommendation);
            return requireUnused(recommendation, "delete or move those actions first")
                    .chain(() -> recommendations.delete(recommendation))
                    .chain(() -> events.deleted(EventTypes.RECOMMENDATION_DELETED, id, null, before, actor));
        });
    }

    /** "07" and "7" are the same recommendation. */
    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String trimmed = number.trim();
        String withoutZeros = trimmed.replaceFirst("^0+(?=\\d)", "");
        return withoutZeros.isEmpty() ? trimmed : withoutZeros;
    }

    private Uni<Void> positionFor(Recommendation recommendation, Integer requested) {
        if (requested != null) {
            recommendation.position = requested;
            return Uni.createFrom().voidItem();
        }
        try {
            recommendation.position = Integer.parseInt(recommendation.number.replaceAll("\\..*", ""));
            return Uni.createFrom().voidItem();
        } catch (NumberFormatException notNumeric) {
            return recommendations.find("sourceId", recommendation.sourceId).count()
                    .invoke(count -> recommendation.position = count.intValue() + 1).replaceWithVoid();
        }
    }

    private Uni<Void> requireUniqueNumber(Recommendation recommendation) {
        return recommendations.count("sourceId = ?1 and number = ?2 and id <> ?3", recommendation.sourceId,
                recommendation.number, recommendation.id).map(clashes -> {
            if (clashes > 0) {
                throw new ApiException(409, "Conflict", "The source already has a recommendation "
                        + recommendation.number, List.of(new FieldError("number", "already used")));
            }
            return null;
        });
    }

    private Uni<Void> requireUnused(Recommendation recommendation, String advice) {
        return actions.count("recommendationId", recommendation.id).map(count -> {
            if (count > 0) {
                throw ApiException.conflict(count + " action(s) answer recommendation " + recommendation.number
                        + "; " + advice);
            }
            return null;
        });
    }

}
