package org.actiontracker.notification.mapping;

import org.actiontracker.notification.domain.RecipientPreference;
import org.actiontracker.notification.api.PreferenceView;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper(imports = List.class)
public interface PreferenceMapper {

    /** A recipient without lead days of their own is shown the defaults in force. */
    @Mapping(target = "leadDays", expression = "java(preference.leadDays == null ? defaultLeadDays : List.of(preference.leadDays))")
    @Mapping(target = "defaultLeadDays", expression = "java(preference.leadDays == null)")
    PreferenceView toView(RecipientPreference preference, @Context List<Integer> defaultLeadDays);
}
