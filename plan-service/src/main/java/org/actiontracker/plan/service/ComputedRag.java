package org.actiontracker.plan.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.Snapshots;
import org.actiontracker.plan.config.RagConfig;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.events.ChangeEvents;
import org.actiontracker.plan.security.Actor;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The configured {@link RagRules} applied today (the UTC day, as the search counts it). */
@ApplicationScoped
public class ComputedRag {

    private final RagRules rules;
    private final ChangeEvents events;

    public ComputedRag(RagConfig config, ChangeEvents events) {
        this.rules = RagRules.of(config);
        this.events = events;
    }

    public RagRules rules() {
        return rules;
    }

    public LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Rates the action as it stands now, for its response. */
    public Action rate(Action action, Plan plan) {
        action.computedRag = rules.rate(RagRules.Facts.of(action), plan.reportingIntervalDays, today());
        return action;
    }

    /**
     * Rates a written action and records action.rag-mismatch, in the write's transaction, when the write
     * made its declared and computed RAG disagree ({@code before} null for a new action).
     */
    public Uni<Void> afterWrite(Snapshots.Action before, Action action, Plan plan, Actor actor) {
        Rag computedBefore = before == null ? null
                : rules.rate(RagRules.Facts.of(before), plan.reportingIntervalDays, today());
        boolean mismatchedBefore = before != null
                && RagRules.mismatch(before.rag() == null ? null : Rag.valueOf(before.rag()), computedBefore);
        rate(action, plan);
        if (mismatchedBefore || !RagRules.mismatch(action.rag, action.computedRag)) {
            return Uni.createFrom().voidItem();
        }
        return events.ragMismatch(action, plan, computedBefore, action.computedRag, actor);
    }
}
