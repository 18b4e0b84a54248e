package org.actiontracker.plan.mapping;

import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.AuditEntry;
import org.actiontracker.plan.domain.CalendarFeed;
import org.actiontracker.plan.domain.DeadlineRule;
import org.actiontracker.plan.api.DeadlineRuleDto;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.domain.ActionUpdateRevision;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;
import org.actiontracker.plan.api.ActionInput;
import org.actiontracker.plan.api.ActionResponse;
import org.actiontracker.plan.api.AuditEntryResponse;
import org.actiontracker.plan.api.CalendarFeedResponse;
import org.actiontracker.plan.api.OrganisationInput;
import org.actiontracker.plan.api.OrganisationResponse;
import org.actiontracker.plan.api.PersonDto;
import org.actiontracker.plan.api.PlanInput;
import org.actiontracker.plan.api.PlanResponse;
import org.actiontracker.plan.api.RecommendationInput;
import org.actiontracker.plan.api.RecommendationResponse;
import org.actiontracker.plan.api.SourceInput;
import org.actiontracker.plan.api.SourceResponse;
import org.actiontracker.plan.api.UpdateResponse;
import org.actiontracker.plan.api.UpdateRevisionResponse;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import java.net.URI;

/**
 * Full mappings between entities and the wire: entity to response, and input to a new entity or
 * over an existing one (PUT, where absent fields become empty). Entities never leave the service.
 */
@Mapper
public interface ResourceMapper {

    OrganisationResponse toResponse(Organisation organisation);

    SourceResponse toResponse(Source source);

    @Mapping(target = "deadlineRule", expression = "java(recommendation.deadlineRule.text())")
    @Mapping(target = "deadlineRuleDetail", source = "deadlineRule")
    @Mapping(target = "dueOn", source = "deadline")
    @Mapping(target = "derivation", source = "deadlineDerivation")
    RecommendationResponse toResponse(Recommendation recommendation);

    DeadlineRuleDto toDto(DeadlineRule rule);

    PlanResponse toResponse(Plan plan);

    @Mapping(target = "ragMismatch", expression = "java(action.rag != null && action.computedRag != null"
            + " && action.rag != action.computedRag)")
    ActionResponse toResponse(Action action);

    UpdateResponse toResponse(ActionUpdate update);

    /** @param url the feed's address, known only when it is created (the token is not kept); null otherwise */
    @Mapping(target = "url", source = "url")
    CalendarFeedResponse toResponse(CalendarFeed feed, URI url);

    @Mapping(target = "updateId", source = "key.updateId")
    @Mapping(target = "revision", source = "key.revision")
    UpdateRevisionResponse toResponse(ActionUpdateRevision revision);

    AuditEntryResponse toResponse(AuditEntry entry);

    @IgnoreTracking
    void replace(OrganisationInput input, @MappingTarget Organisation organisation);

    @IgnoreTracking
    @Mapping(target = "kind", defaultValue = "OTHER")
    void replace(SourceInput input, @MappingTarget Source source);

    @IgnoreTracking
    @Mapping(target = "sourceId", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "addressees", defaultExpression = "java(new java.util.ArrayList<>())")
    @Mapping(target = "subPoints", defaultExpression = "java(new java.util.ArrayList<>())")
    @DeadlineSetByService
    void replace(RecommendationInput input, @MappingTarget Recommendation recommendation);

    @IgnoreTracking
    @Mapping(target = "organisationId", ignore = true)
    @Mapping(target = "sourceId", ignore = true)
    @Mapping(target = "publishedAt", ignore = true)
    @Mapping(target = "state", ignore = true)
    @Mapping(target = "reportingIntervalDays", ignore = true)
    @Mapping(target = "responseDueOn", ignore = true)
    void replace(PlanInput input, @MappingTarget Plan plan);

    @IgnoreTracking
    @Mapping(target = "planId", ignore = true)
    @Mapping(target = "organisationId", ignore = true)
    @Mapping(target = "recommendationId", ignore = true)
    @Mapping(target = "recommendationNumber", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "latestUpdateAt", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "computedRag", ignore = true)
    @Mapping(target = "documents", defaultExpression = "java(new java.util.ArrayList<>())")
    void replace(ActionInput input, @MappingTarget Action action);

    /** Owner e-mail addresses are not public: anonymous readers get the action without them. */
    /** What the public sees of a withdrawn update: that it was withdrawn and when, not what it said. */
    default UpdateResponse withoutWithdrawnContent(UpdateResponse update) {
        return !update.withdrawn() ? update : new UpdateResponse(update.id(), update.actionId(), update.planId(),
                update.recordedAt(), update.period(), update.reportedOn(), update.authorName(), update.authorRole(),
                null, null, null, null, java.util.List.of(), update.revision(), true, update.withdrawnAt(), null,
                update.updatedAt(), null,
                update.version());
    }

    default ActionResponse withoutEmails(ActionResponse action) {
        PersonDto owner = action.owner();
        return owner == null ? action : new ActionResponse(action.id(), action.planId(), action.organisationId(),
                action.recommendationId(), action.recommendationNumber(), action.subPointRef(), action.position(),
                action.description(), new PersonDto(owner.name(), owner.role(), null), action.targetDate(),
                action.status(), action.statusLabel(), action.rag(), action.percentComplete(), action.documents(),
                action.latestUpdateAt(), action.computedRag(), action.ragMismatch(), action.createdAt(), null, action.updatedAt(), null, action.version());
    }

    default PlanResponse withoutEmails(PlanResponse plan) {
        return new PlanResponse(plan.id(), plan.organisationId(), plan.sourceId(), plan.title(),
                withoutEmail(plan.executiveLead()), withoutEmail(plan.operationalLead()), plan.governanceBody(),
                plan.reviewDate(), plan.versionLabel(), plan.state(), plan.publishedAt(), plan.reportingIntervalDays(),
                plan.responseDueOn(), plan.createdAt(), null, plan.updatedAt(), null, plan.version());
    }

    private static PersonDto withoutEmail(PersonDto person) {
        return person == null ? null : new PersonDto(person.name(), person.role(), null);
    }
}
