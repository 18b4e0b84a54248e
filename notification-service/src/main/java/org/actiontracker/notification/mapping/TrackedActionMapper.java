package org.actiontracker.notification.mapping;

import org.actiontracker.notification.domain.TrackedAction;
import org.actiontracker.notification.api.TrackedActionView;
import org.mapstruct.Mapper;

@Mapper
public interface TrackedActionMapper {

    TrackedActionView toView(TrackedAction action);
}
