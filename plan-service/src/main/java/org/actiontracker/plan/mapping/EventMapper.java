package org.actiontracker.plan.mapping;

import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

/** Entities to the event contract's snapshots: the full state a consumer needs, no call back. */
@Mapper
public interface EventMapper {

    Snapshots.Organisation toSnapshot(Organisation organisation);

    Snapshots.Source toSnapshot(Source source);

    @Mapping(target = "deadlineRule", expression = "java(recommendation.deadlineRule.text())")
    Snapshots.Recommendation toSnapshot(Recommendation recommendation);

    @Mapping(target = "id", source = "plan.id")
    @Mapping(target = "version", source = "plan.version")
    @Mapping(target = "organisationCode", source = "organisation.code")
    @Mapping(target = "organisationName", source = "organisation.name")
    Snapshots.Plan toSnapshot(Plan plan, Organisation organisation);

    Snapshots.Action toSnapshot(Action action, String organisationName, UUID sourceId);

    @Mapping(target = "author", expression = "java(new Snapshots.Person(update.authorName, update.authorRole, null))")
    Snapshots.Update toSnapshot(ActionUpdate update);
}
