package org.actiontracker.plan.web;

import java.util.UUID;

/** A line of the list of plans. */
public record PlanListing(UUID id, String title, String organisationName, String versionLabel, boolean published) {
}
