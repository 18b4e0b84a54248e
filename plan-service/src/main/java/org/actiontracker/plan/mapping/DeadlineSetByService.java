package org.actiontracker.plan.mapping;

import org.mapstruct.Mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A recommendation's deadline is parsed from deadlineRule (or deadline) and computed from its source's
 * publication date by the service, never copied from input.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "deadline", ignore = true)
@Mapping(target = "deadlineRule", ignore = true)
@Mapping(target = "deadlineDerivation", ignore = true)
public @interface DeadlineSetByService {
}
