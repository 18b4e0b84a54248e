package org.actiontracker.notification.mapping;

import org.actiontracker.notification.domain.Digest;
import org.actiontracker.notification.api.QueuedDigestView;
import org.mapstruct.Mapper;

@Mapper
public interface DigestMapper {

    QueuedDigestView toView(Digest digest);
}
