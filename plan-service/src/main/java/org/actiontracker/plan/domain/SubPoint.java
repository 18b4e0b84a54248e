package org.actiontracker.plan.domain;

/** A numbered part of a recommendation ("7.1"), often an evidence requirement. */
public record SubPoint(String ref, String text) {
}
