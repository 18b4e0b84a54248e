package org.actiontracker.plan.domain;

/** Evidence attached to an action: a title and where to find it. */
public record SupportingDocument(String title, String url) {
}
