package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.api.CalendarFeedInput;
import org.actiontracker.plan.calendar.FeedCalendar;
import org.actiontracker.plan.calendar.PlanDates;
import org.actiontracker.plan.config.CalendarConfig;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.CalendarFeed;
import org.actiontracker.plan.domain.FeedScope;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.repository.ActionRepository;
import org.actiontracker.plan.repository.CalendarFeedRepository;
import org.actiontracker.plan.repository.OrganisationRepository;
import org.actiontracker.plan.repository.PlanRepository;
import org.actiontracker.plan.repository.RecommendationRepository;
import org.actiontracker.plan.repository.SourceRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.support.problem.ApiException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Calendar feeds: created, listed and revoked by signed-in callers, read by calendar clients with the token in the
 * URL alone. A feed lists published plans only, whoever created it: the URL is a bearer credential that outlives
 * the creator's token and travels to calendar services, so it shows no more than the public already sees.
 */
@ApplicationScoped
public class CalendarFeedService {

    private static final int TOKEN_BYTES = 32;
    /** 32 bytes in unpadded base64url; anything else opens no feed and is not looked up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedRepository feeds;
    private final PlanRepository plans;
    private final ActionRepository actions;
    private final RecommendationRepository recommendations;
    private final SourceRepository sources;
    private final OrganisationRepository organisations;
    private final CalendarConfig config;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeedService(CalendarFeedRepository feeds, PlanRepository plans, ActionRepository actions,
                               RecommendationRepository recommendations, SourceRepository sources,
                               OrganisationRepository organisations, CalendarConfig config) {
        this.feeds = feeds;
        this.plans = plans;
        this.actions = actions;
        this.recommendations = recommendations;
        this.sources = sources;
        this.organisations = organisations;
        this.config = config;
    }

    /** A new feed and its URL, which carries the token and is shown this once. */
    public record CreatedFeed(CalendarFeed feed, URI url) {
    }

    @WithTransaction
    public Uni<CreatedFeed> create(CalendarFeedInput input, Actor actor) {
        AccessPolicy.requireAuthenticated(actor);
        CalendarFeed feed = new CalendarFeed();
        feed.scope = input.scope();
        Uni<Void> target;
        if (input.scope() == FeedScope.ORGANISATION) {
            if (input.organisationId() == null) {
                throw ApiException.invalid("organisationId", "is required with scope ORGANISATION");
            }
            if (input.ownerEmail() != null) {
                throw ApiException.invalid("ownerEmail", "goes with scope OWNER only");
            }
            AccessPolicy.requireOrganisationFeed(actor, input.organisationId());
            feed.organisationId = input.organisationId();
            target = organisations.findById(input.organisationId()).onItem().ifNull()
                    .failWith(() -> ApiException.unprocessable("organisationId", "no organisation "
                            + input.organisationId())).replaceWithVoid();
        } else {
            if (input.ownerEmail() == null || input.ownerEmail().isBlank()) {
                throw ApiException.invalid("ownerEmail", "is required with scope OWNER");
            }
            if (input.organisationId() != null) {
                throw ApiException.invalid("organisationId", "goes with scope ORGANISATION only");
            }
            AccessPolicy.requireOwnerFeed(actor, input.ownerEmail());
            feed.ownerEmail = input.ownerEmail().strip();
            target = Uni.createFrom().voidItem();
        }
        String token = newToken();
        feed.id = UUID.randomUUID();
        feed.tokenHash = hash(token);
        feed.createdAt = Timestamps.now();
        feed.createdBy = actor.subject();
        return target.chain(() -> feeds.persist(feed)).map(saved -> new CreatedFeed(saved, urlOf(token)));
    }

    /** The caller's own feeds that are not revoked. */
    @WithSession
    public Uni<List<CalendarFeed>> listOwn(Actor actor) {
        AccessPolicy.requireAuthenticated(actor);
        return feeds.listActiveCreatedBy(actor.subject());
    }

    @WithSession
    public Uni<CalendarFeed> get(UUID id, Actor actor) {
        return feeds.findById(id).map(feed -> {
            AccessPolicy.requireFeedCreator(actor, feed == null ? null : feed.createdBy);
            if (feed == null || feed.isRevoked()) {
                throw ApiException.notFound("Calendar feed", id);
            }
            return feed;
        });
    }

    @WithTransaction
    public Uni<Void> revoke(UUID id, ExpectedVersion expected, Actor actor) {
        return get(id, actor).chain(feed -> {
            expected.check(feed.version);
            feed.revokedAt = Timestamps.now();
            feed.revokedBy = actor.subject();
            return feeds.flush();
        });
    }

    /** The feed's iCalendar document; 404 for a token that opens no feed, malformed ones included. */
    @WithSession
    public Uni<String> calendar(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Uni.createFrom().failure(noFeed());
        }
        return feeds.findActiveByTokenHash(hash(token))
                .onItem().ifNull().failWith(CalendarFeedService::noFeed)
                .chain(feed -> feed.scope == FeedScope.ORGANISATION ? organisationDates(feed.organisationId)
                        : ownerDates(feed.ownerEmail))
                .map(named -> FeedCalendar.text(FeedCalendar.build(named.name(), named.plans(),
                        config.publicUrl())));
    }

    private record NamedDates(String name, List<PlanDates> plans) {
    }

    /** Every dated fact of the organisation's published plans, with every recommendation of their sources. */
    private Uni<NamedDates> organisationDates(UUID organisationId) {
        return organisations.findById(organisationId).chain(organisation -> plans.list(
                        "organisationId = ?1 and state = ?2 order by title", organisationId, PlanState.PUBLISHED)
                .chain(published -> published.isEmpty() ? Uni.createFrom().item(List.<PlanDates>of())
                        : actions.list("planId in ?1 order by position", ids(published, plan -> plan.id))
                        .chain(planActions -> recommendations.list("sourceId in ?1 order by position",
                                        ids(published, plan -> plan.sourceId))
                                .chain(planRecommendations -> sourcesById(published).map(planSources ->
                                        published.stream().map(plan -> new PlanDates(plan, organisation,
                                                planSources.get(plan.sourceId),
                                                planRecommendations.stream()
                                                        .filter(r -> r.sourceId.equals(plan.sourceId)).toList(),
                                                planActions.stream().filter(a -> a.planId.equals(plan.id))
                                                        .toList())).toList()))))
                .map(dates -> new NamedDates(organisation.name + ": action plan dates", dates)));
    }

    /**
     * The owner's actions in published plans, with the response deadlines of their plans and the deadlines of the
     * recommendations they answer.
     */
    private Uni<NamedDates> ownerDates(String ownerEmail) {
        String name = "Action plan dates of " + ownerEmail;
        return actions.list("lower(owner.email) = ?1 and planId in (select p.id from Plan p where p.state = ?2)"
                        + " order by targetDate, position", ownerEmail.toLowerCase(), PlanState.PUBLISHED)
                .chain(owned -> owned.isEmpty() ? Uni.createFrom().item(new NamedDates(name, List.of()))
                        : plans.list("id in ?1 order by title", ids(owned, action -> action.planId))
                        .chain(ownedPlans -> recommendations.list("id in ?1 order by position",
                                        ids(owned, action -> action.recommendationId))
                                .chain(answered -> sourcesById(ownedPlans).chain(planSources ->
                                        organisationsById(ownedPlans).map(planOrganisations -> ownedPlans.stream()
                                                .map(plan -> {
                                                    List<Action> ofPlan = owned.stream()
                                                            .filter(a -> a.planId.equals(plan.id)).toList();
                                                    Set<UUID> answeredHere = ids(ofPlan, a -> a.recommendationId);
                                                    return new PlanDates(plan, planOrganisations.get(
                                                            plan.organisationId), planSources.get(plan.sourceId),
                                                            answered.stream().filter(r -> answeredHere.contains(r.id))
                                                                    .toList(), ofPlan);
                                                }).toList()))))
                        .map(dates -> new NamedDates(name, dates)));
    }

    private Uni<Map<UUID, Source>> sourcesById(List<Plan> of) {
        return sources.list("id in ?1", ids(of, plan -> plan.sourceId))
                .map(found -> found.stream().collect(Collectors.toMap(source -> source.id, Function.identity())));
    }

    private Uni<Map<UUID, Organisation>> organisationsById(List<Plan> of) {
        return organisations.list("id in ?1", ids(of, plan -> plan.organisationId))
                .map(found -> found.stream().collect(Collectors.toMap(organisation -> organisation.id,
                        Function.identity())));
    }

    private static <T> Set<UUID> ids(Collection<T> items, Function<T, UUID> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private URI urlOf(String token) {
        return URI.create(config.publicUrl().toString().replaceAll("/+$", "") + "/calendar/" + token + ".ics");
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private static ApiException noFeed() {
        return new ApiException(404, "Not found", "No calendar feed at this address: it never existed or was revoked",
                List.of());
    }
}
