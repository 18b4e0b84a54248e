package org.actiontracker.plan.events;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves on whenever this instance learns that plan data changed: a write of its own has committed, or
 * the event stream read a record some instance published. What was derived from the data under one generation is
 * out of date once the generation has moved on; a view read before a change and cached after it is therefore
 * recognised as old, since the change moves the counter only after it committed.
 */
@ApplicationScoped
public class ChangeGeneration {

    private final AtomicLong generation = new AtomicLong();

    public long current() {
        return generation.get();
    }

    public void advance() {
        generation.incrementAndGet();
    }
}
