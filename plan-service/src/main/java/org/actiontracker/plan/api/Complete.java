package org.actiontracker.plan.api;

import jakarta.validation.groups.Default;

/**
 * Validation group of a whole resource (POST, PUT): required fields must be present. PATCH
 * validates only the {@link Default} group, so absent fields are allowed but present ones are
 * still checked.
 */
public interface Complete extends Default {
}
