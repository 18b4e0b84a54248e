package org.actiontracker.plan.mapping;

import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;
import org.actiontracker.plan.api.ActionInput;
import org.actiontracker.plan.api.OrganisationInput;
import org.actiontracker.plan.api.PlanInput;
import org.actiontracker.plan.api.RecommendationInput;
import org.actiontracker.plan.api.SourceInput;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;

/** PATCH: applies the fields a client sent and leaves absent (null) ones as they are. */
@Mapper
public interface PartialUpdateMapper {

    @IgnoreTracking
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    void patch(OrganisationInput input, @MappingTarget Organisation organisation);

    @IgnoreTracking
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    void patch(SourceInput input, @MappingTarget Source source);

    @IgnoreTracking
    @Mapping(target = "sourceId", ignore = true)
    @Mapping(target = "position", ignore = true)
    @DeadlineSetByService
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    void patch(RecommendationInput input, @MappingTarget Recommendation recommendation);

    @IgnoreTracking
    @Mapping(target = "organisationId", ignore = true)
    @Mapping(target = "sourceId", ignore = true)
    @Mapping(target = "publishedAt", ignore = true)
    @Mapping(target = "state", ignore = true)
    @Mapping(target = "reportingIntervalDays", ignore = true)
    @Mapping(target = "responseDueOn", ignore = true)
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    void patch(PlanInput input, @MappingTarget Plan plan);

    @IgnoreTracking
    @Mapping(target = "planId", ignore = true)
    @Mapping(target = "organisationId", ignore = true)
    @Mapping(target = "recommendationId", ignore = true)
    @Mapping(target = "recommendationNumber", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "latestUpdateAt", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "computedRag", ignore = true)
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    void patch(ActionInput input, @MappingTarget Action action);
}
