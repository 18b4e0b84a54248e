package org.actiontracker.plan.domain;

/**
 * Red/amber/green rating, with the meanings of the Leicestershire Police legend:
 * RED - significant issues, unlikely to be delivered on time without intervention;
 * AMBER - some issues or risks, delivery at risk but recoverable;
 * GREEN - on track, no significant issues.
 */
public enum Rag {
    RED,
    AMBER,
    GREEN
}
