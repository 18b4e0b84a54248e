package org.actiontracker.notification.mapping;

import org.actiontracker.notification.domain.Notification;
import org.actiontracker.notification.api.NotificationView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface NotificationMapper {

    @Mapping(target = "status", expression = "java(notification.status())")
    @Mapping(target = "digestId", source = "digest.id")
    @Mapping(target = "sentAt", source = "digest.sentAt")
    NotificationView toView(Notification notification);
}
