package org.actiontracker.plan.document;

/** A supporting document named in a plan; url is null when only a title is given. */
public record DocumentLink(String title, String url) {
}
